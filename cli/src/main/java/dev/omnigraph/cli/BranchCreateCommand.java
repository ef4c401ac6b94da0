package dev.omnigraph.cli;

import dev.omnigraph.engine.Graph;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code omnigraph branch create <graph> <name> [--from <branch|commit>]}: creates a branch at the
 * head of {@code --from} (default {@code main}) or at a commit id, copying no data
 * ({@link Graph#createBranch}), and prints {@code created branch 'feature' from 'main' at <commit id>}.
 *
 * <p>Fails (exit 1, nothing created) with {@code INVALID_PARAMETER} for an empty, padded, reserved
 * or malformed name, {@code ALREADY_EXISTS} for a taken name and {@code NOT_FOUND} for an unknown
 * graph or {@code --from}.
 */
@Command(name = "create", description = "Create a branch from a branch head or a commit.")
final class BranchCreateCommand implements Callable<Integer> {

  @Spec private CommandSpec spec;

  @Parameters(index = "0", paramLabel = "<graph>", description = "The graph directory.")
  private Path graph;

  @Parameters(index = "1", paramLabel = "<name>", description = "The new branch's name: letters, digits, '.', '_', '-'.")
  private String name;

  @Option(
      names = "--from",
      defaultValue = "main",
      paramLabel = "<branch|commit>",
      description = "The branch whose head, or the commit id, the new branch starts at (default: main).")
  private String from;

  /** Creates the branch and prints where it starts; returns exit code 0. */
  @Override
  public Integer call() {
    String head;
    try (Graph opened = Graph.open(graph)) {
      opened.createBranch(name, from);
      head = opened.branch(name).headCommit();
    }
    spec.commandLine().getOut().printf("created branch '%s' from '%s' at %s%n", name, from, head);
    spec.commandLine().getOut().flush();
    return 0;
  }
}
