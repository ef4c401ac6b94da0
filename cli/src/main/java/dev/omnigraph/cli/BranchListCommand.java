package dev.omnigraph.cli;

import dev.omnigraph.engine.Graph;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code omnigraph branch list <graph>}: prints the graph's branches, {@code main} first and then
 * the others by name, one a line. Fails (exit 1) with {@code NOT_FOUND} for a missing graph.
 */
@Command(name = "list", description = "List the branches of a graph.")
final class BranchListCommand implements Callable<Integer> {

  @Spec private CommandSpec spec;

  @Parameters(index = "0", paramLabel = "<graph>", description = "The graph directory.")
  private Path graph;

  /** Prints the branch names; returns exit code 0. */
  @Override
  public Integer call() {
    List<String> branches;
    try (Graph opened = Graph.open(graph)) {
      branches = opened.branches();
    }
    PrintWriter out = spec.commandLine().getOut();
    branches.forEach(out::println);
    out.flush();
    return 0;
  }
}
