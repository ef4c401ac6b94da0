package dev.omnigraph.bench.traversal;

import dev.omnigraph.bench.data.KnowsGraphData;
import java.nio.file.Path;
import java.util.List;
import org.openjdk.jmh.infra.Blackhole;

/**
 * One system answering the traversal questions on a {@link KnowsGraphData} graph:
 *
 * <ul>
 *   <li><em>reach</em>: the names of the distinct persons within {@code 1..hops} hops of one
 *       person along {@code Knows} (the start person excluded: it is reachable only through a
 *       cycle, and {@code gq-language.md} §5.4 never reports the source through a cycle);
 *   <li><em>two-hop paths</em>: one row {@code (a.name, c.name)} per path {@code a → b → c}.
 * </ul>
 *
 * An instance is opened once, used by one thread, then closed.
 */
public interface TraversalTarget extends AutoCloseable {

  /** A short name for reports and error messages. */
  String name();

  /**
   * Loads {@code data} into a fresh store under {@code dir} (an empty directory the target owns).
   * Not measured.
   */
  void open(KnowsGraphData data, Path dir) throws Exception;

  /**
   * The measured reach: hands the name of every person within {@code 1..hops} hops of
   * {@code start} to {@code bh}. The query for a given {@code hops} is prepared by the first call
   * (in the setup check, so never measured).
   *
   * @return the number of names returned
   */
  int reach(String start, int hops, Blackhole bh) throws Exception;

  /** The same reach for checking: every returned name, in the order the system returned them. */
  List<String> reachNames(String start, int hops) throws Exception;

  /**
   * The measured two-hop paths: hands both names of every returned row to {@code bh}.
   *
   * @return the number of rows
   */
  long twoHopPaths(Blackhole bh) throws Exception;

  /**
   * The same query for checking: the number of rows and the sum of
   * {@link KnowsGraphData#pathHash(String, String)} over them, as {@code {count, checksum}}.
   */
  long[] twoHopPathSummary() throws Exception;

  /** Releases the store; the directory is removed by the caller. */
  @Override
  void close() throws Exception;
}
