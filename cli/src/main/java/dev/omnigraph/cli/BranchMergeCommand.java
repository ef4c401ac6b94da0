package dev.omnigraph.cli;

import dev.omnigraph.engine.Graph;
import dev.omnigraph.engine.branch.MergeConflictException;
import dev.omnigraph.engine.branch.MergeResult;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code omnigraph branch merge <graph> <source> --into <target>}: merges a branch into another
 * ({@link Graph#merge}, {@code storage-recovery.md} §5.3) and prints the outcome, the merge commit
 * and the rows it changed per table:
 *
 * <pre>
 * merged 'feature' into 'main' (merged) as commit 01JD3Q6V5WJ3X4M1YB4C2N7R8S
 * node:Person: 2 rows
 * </pre>
 *
 * The outcome is {@code fast-forward} when {@code main} had not moved, {@code merged} for a
 * three-way merge; when the target already holds the source's head it prints
 * {@code 'main' is already up to date with 'feature'} and writes nothing.
 *
 * <p>Conflicting changes print, on stderr, {@code error: merging 'feature' into 'main' conflicts on
 * 2 rows; nothing was merged} and then every conflict on its own line
 * ({@code conflict: node:Person 'ada': DIVERGENT_UPDATE (source [ada, 50, ada], target [ada, 60, ada])}),
 * and exit 1. Other failures (exit 1, nothing merged) are one line: {@code INVALID_PARAMETER} for a
 * merge into itself, {@code NOT_FOUND} for an unknown graph or branch, {@code CONSTRAINT_VIOLATION}
 * when the merged graph would break a constraint (an edge whose endpoint the other side deleted).
 */
@Command(name = "merge", description = "Merge a branch into another as one two-parent commit.")
final class BranchMergeCommand implements Callable<Integer> {

  @Spec private CommandSpec spec;

  @Parameters(index = "0", paramLabel = "<graph>", description = "The graph directory.")
  private Path graph;

  @Parameters(index = "1", paramLabel = "<source>", description = "The branch whose changes are merged.")
  private String source;

  @Option(
      names = "--into",
      required = true,
      paramLabel = "<target>",
      description = "The branch that receives the changes.")
  private String target;

  /** Merges and prints the outcome; returns 0, or {@link OmniGraphCli#EXIT_FAILURE} on conflicts. */
  @Override
  public Integer call() {
    MergeResult result;
    try (Graph opened = Graph.open(graph)) {
      result = opened.merge(source, target, null);
    } catch (MergeConflictException e) {
      PrintWriter err = spec.commandLine().getErr();
      err.printf("error: merging '%s' into '%s' conflicts on %s; nothing was merged%n", source, target,
          Counts.of(e.conflicts().size(), "row"));
      e.conflicts().forEach(conflict -> err.println("conflict: " + conflict.describe()));
      err.flush();
      return OmniGraphCli.EXIT_FAILURE;
    }
    PrintWriter out = spec.commandLine().getOut();
    if (result.outcome() == MergeResult.Outcome.ALREADY_UP_TO_DATE) {
      out.printf("'%s' is already up to date with '%s'%n", target, source);
    } else {
      String outcome = result.outcome() == MergeResult.Outcome.FAST_FORWARD ? "fast-forward" : "merged";
      out.printf("merged '%s' into '%s' (%s) as commit %s%n", source, target, outcome, result.commitId());
      Map<String, Integer> changed = new TreeMap<>(result.changedRows());
      changed.forEach((table, rows) -> out.printf("%s: %s%n", table, Counts.of(rows, "row")));
    }
    out.flush();
    return 0;
  }
}
