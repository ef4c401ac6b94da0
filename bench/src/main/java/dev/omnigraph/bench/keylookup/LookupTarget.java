package dev.omnigraph.bench.keylookup;

import dev.omnigraph.bench.data.ItemData;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import org.openjdk.jmh.infra.Blackhole;

/**
 * One system answering the key lookup "the item whose slug is {@code s}: its slug, name, category,
 * price and stock". An instance is opened once, used by one thread, then closed.
 */
public interface LookupTarget extends AutoCloseable {

  /** A short name for reports and error messages. */
  String name();

  /**
   * Loads {@code data} into a fresh store under {@code dir} (an empty directory the target owns)
   * and prepares the lookup. Not measured.
   */
  void open(ItemData data, Path dir) throws Exception;

  /**
   * The measured operation: looks {@code slug} up and hands each of the five values to {@code bh}.
   *
   * @throws IllegalStateException when the key yields no row
   */
  void lookup(String slug, Blackhole bh) throws Exception;

  /**
   * The same lookup for checking: every returned row as the five values in return order, boxed as
   * the system's client returns them.
   */
  List<Object[]> fetch(String slug) throws Exception;

  /** Releases the store; the directory is removed by the caller. */
  @Override
  void close() throws SQLException;
}
