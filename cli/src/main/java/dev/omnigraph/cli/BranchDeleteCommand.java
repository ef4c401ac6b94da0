package dev.omnigraph.cli;

import dev.omnigraph.engine.Graph;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code omnigraph branch delete <graph> <name>}: deletes a branch ({@link Graph#deleteBranch}) and
 * prints {@code deleted branch 'feature'}. Its commits stay readable by id.
 *
 * <p>Fails (exit 1, nothing deleted) with {@code INVALID_PARAMETER} for {@code main},
 * {@code NOT_FOUND} for an unknown graph or branch, and {@code WRITE_CONFLICT} when another branch
 * was created from it and still reads its tables.
 */
@Command(name = "delete", description = "Delete a branch.")
final class BranchDeleteCommand implements Callable<Integer> {

  @Spec private CommandSpec spec;

  @Parameters(index = "0", paramLabel = "<graph>", description = "The graph directory.")
  private Path graph;

  @Parameters(index = "1", paramLabel = "<name>", description = "The branch to delete.")
  private String name;

  /** Deletes the branch; returns exit code 0. */
  @Override
  public Integer call() {
    try (Graph opened = Graph.open(graph)) {
      opened.deleteBranch(name);
    }
    spec.commandLine().getOut().printf("deleted branch '%s'%n", name);
    spec.commandLine().getOut().flush();
    return 0;
  }
}
