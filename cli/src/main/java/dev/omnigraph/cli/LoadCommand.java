package dev.omnigraph.cli;

import dev.omnigraph.engine.Graph;
import dev.omnigraph.engine.LoadMode;
import dev.omnigraph.engine.LoadResult;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code omnigraph load <graph> --data d.jsonl [--mode append|merge|overwrite] [--branch b]}: loads the
 * records of a JSONL file in one graph commit on {@code main} or the {@code --branch} ({@code --at} is
 * refused) ({@code pg-schema.md} §7.3: append adds rows, merge upserts
 * them by key, overwrite replaces each table the file mentions) and prints the rows loaded per
 * type, then a total line:
 *
 * <pre>
 * node Person: 2 rows
 * edge Knows: 1 row
 * loaded 2 nodes and 1 edge into g.omni
 * </pre>
 *
 * <p>Fails (exit 1) with {@code NOT_FOUND} when there is no graph, and, naming the JSONL line of
 * a rejected record, {@code DATA_ERROR}, {@code CONSTRAINT_VIOLATION} or {@code KEY_CONFLICT}
 * (nothing is written then).
 */
@Command(name = "load", description = "Load JSONL records into a graph.")
final class LoadCommand implements Callable<Integer> {

  @Spec private CommandSpec spec;

  @Parameters(index = "0", paramLabel = "<graph>", description = "The graph directory.")
  private Path graph;

  @Mixin private GraphTarget target;

  @Option(
      names = "--data",
      required = true,
      paramLabel = "<file.jsonl>",
      description = "One node or edge record per line.")
  private Path data;

  @Option(
      names = "--mode",
      defaultValue = "append",
      converter = LoadModeConverter.class,
      paramLabel = "<mode>",
      description = "append (default: new rows only), merge (upsert by key) or overwrite (replace each table in the file).")
  private LoadMode mode;

  /** Loads the file and prints the per-type counts; returns exit code 0. */
  @Override
  public Integer call() {
    LoadResult result;
    try (Graph opened = Graph.open(graph)) {
      result = target.forWrite(opened).load(data, mode);
    }
    PrintWriter out = spec.commandLine().getOut();
    printCounts(out, "node", result.nodesLoaded());
    printCounts(out, "edge", result.edgesLoaded());
    out.printf(
        "loaded %s and %s into %s%n",
        Counts.of(result.nodeCount(), "node"),
        Counts.of(result.edgeCount(), "edge"),
        graph);
    return 0;
  }

  private static void printCounts(PrintWriter out, String kind, Map<String, Long> counts) {
    counts.forEach((type, rows) -> out.printf("%s %s: %s%n", kind, type, Counts.of(rows, "row")));
  }
}
