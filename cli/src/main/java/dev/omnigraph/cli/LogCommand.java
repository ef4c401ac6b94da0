package dev.omnigraph.cli;

import dev.omnigraph.compiler.schema.PropType;
import dev.omnigraph.compiler.schema.ScalarType;
import dev.omnigraph.engine.Graph;
import dev.omnigraph.engine.QueryResult;
import dev.omnigraph.engine.ResultColumn;
import dev.omnigraph.engine.storage.GraphCommit;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code omnigraph log <graph> [--branch b] [--format table|json|csv]}: prints a branch's history
 * ({@link Graph#log}), every commit reachable from its head, newest first, as columns {@code id},
 * {@code parents} (two for a merge, none for the graph's first commit), {@code actor} (null when
 * unknown), {@code time} (ISO-8601 UTC to the microsecond, as {@code --at} takes it) and
 * {@code message}. With {@code --format json}, an array of one object per commit:
 *
 * <pre>
 * [
 *   {"id":"01JD3Q6V5WJ3X4M1YB4C2N7R8S","parents":["01JD3Q5...","01JD3Q4..."],"actor":null,"time":"2026-11-21T10:15:30.123456Z","message":"merge feature into main"},
 *   ...
 * ]
 * </pre>
 *
 * <p>Fails (exit 1) with {@code NOT_FOUND} for an unknown graph or branch.
 */
@Command(name = "log", description = "Print the commit history of a branch, newest first.")
final class LogCommand implements Callable<Integer> {
  private static final PropType TEXT = PropType.of(ScalarType.STRING, true);
  private static final PropType TEXTS = new PropType(ScalarType.STRING, true, false, null, 0);
  private static final List<ResultColumn> COLUMNS = List.of(
      new ResultColumn("id", TEXT, null),
      new ResultColumn("parents", TEXTS, null),
      new ResultColumn("actor", TEXT, null),
      new ResultColumn("time", TEXT, null),
      new ResultColumn("message", TEXT, null));

  @Spec private CommandSpec spec;

  @Parameters(index = "0", paramLabel = "<graph>", description = "The graph directory.")
  private Path graph;

  @Option(
      names = "--branch",
      defaultValue = "main",
      paramLabel = "<branch>",
      description = "The branch whose history to print (default: main).")
  private String branch;

  @Option(
      names = "--format",
      defaultValue = "table",
      converter = OutputFormat.Converter.class,
      paramLabel = "<format>",
      description = "table (default), json or csv.")
  private OutputFormat format;

  /** Prints the history; returns exit code 0. */
  @Override
  public Integer call() {
    List<GraphCommit> commits;
    try (Graph opened = Graph.open(graph)) {
      commits = opened.branch(branch).log();
    }
    List<Object[]> rows = commits.stream().map(LogCommand::row).toList();
    format.printer().print(new QueryResult(COLUMNS, rows), spec.commandLine().getOut());
    return 0;
  }

  private static Object[] row(GraphCommit commit) {
    long micros = commit.createdAtMicros();
    Instant time = Instant.ofEpochSecond(Math.floorDiv(micros, 1_000_000L), Math.floorMod(micros, 1_000_000L) * 1_000L);
    return new Object[] {commit.id(), commit.parents(), commit.actor(), time.toString(), commit.message()};
  }
}
