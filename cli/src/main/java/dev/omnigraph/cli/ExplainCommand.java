package dev.omnigraph.cli;

import dev.omnigraph.engine.Graph;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code omnigraph explain <graph> (--file f.gq [--name q] | -e '<text>' | --name q) [--branch b]
 * [--at commit|time]}: prints the
 * optimized plan of a query, one operator a line, without running it
 * ({@link dev.omnigraph.engine.PreparedQuery#explain}); with only {@code --name}, of the stored
 * query of that name.
 *
 * <p>Fails (exit 1) as {@code query} does for the query text, graph and name.
 */
@Command(name = "explain", description = "Print the plan of a .gq query without running it.")
final class ExplainCommand implements Callable<Integer> {

  @Spec private CommandSpec spec;

  @Parameters(index = "0", paramLabel = "<graph>", description = "The graph directory.")
  private Path graph;

  @ArgGroup(exclusive = true, multiplicity = "0..1")
  private QuerySource source;

  @Mixin private GraphTarget target;

  @Option(
      names = "--name",
      paramLabel = "<query>",
      description = "The stored query to explain, or which query of the text when it declares several.")
  private String queryName;

  /** Prepares the query and prints its plan; returns exit code 0. */
  @Override
  public Integer call() {
    boolean stored = QuerySource.requireStoredName(spec, source, queryName);
    String text = stored ? null : source.read();
    String plan;
    try (Graph opened = Graph.open(graph)) {
      Graph read = target.forRead(opened);
      plan = stored
          ? read.prepareStored(queryName).explain()
          : read.prepare(text, source.sourceName(), queryName).explain();
    }
    PrintWriter out = spec.commandLine().getOut();
    out.print(plan.endsWith("\n") ? plan : plan + System.lineSeparator());
    out.flush();
    return 0;
  }
}
