package dev.omnigraph.cli;

import dev.omnigraph.compiler.diag.ErrorCode;
import dev.omnigraph.compiler.diag.OmniGraphException;
import dev.omnigraph.engine.Graph;
import picocli.CommandLine.Option;

/**
 * Which state of a graph a command works on: {@code --branch <name>} (default {@code main}) and,
 * for reads only, {@code --at <commit|timestamp>} ({@code storage-recovery.md} §2.3). A picocli
 * mixin shared by {@code query}, {@code explain}, {@code mutate} and {@code load}; the handles it
 * returns belong to the opened graph, which closes them.
 */
final class GraphTarget {

  @Option(
      names = "--branch",
      paramLabel = "<branch>",
      description = "The branch to read or write (default: main).")
  private String branch;

  @Option(
      names = "--at",
      paramLabel = "<commit|timestamp>",
      description = "Read the graph as it was at a commit id or an ISO-8601 time such as 2026-11-21T10:15:30Z (reads only).")
  private String at;

  /**
   * The handle reads go to: the branch's head, or its snapshot at {@code --at} (a time picks the
   * newest commit of the branch created at or before it).
   *
   * @throws OmniGraphException {@code NOT_FOUND} for an unknown branch or commit, or a time before
   *     the branch's first commit; {@code INVALID_PARAMETER} for an {@code --at} that is neither
   */
  Graph forRead(Graph opened) {
    Graph onBranch = branch == null ? opened : opened.branch(branch);
    return at == null ? onBranch : onBranch.at(at);
  }

  /**
   * The handle writes go to: the branch's head.
   *
   * @throws OmniGraphException {@code INVALID_PARAMETER} when {@code --at} was given (a snapshot
   *     cannot be written); {@code NOT_FOUND} for an unknown branch
   */
  Graph forWrite(Graph opened) {
    if (at != null) {
      throw new OmniGraphException(ErrorCode.INVALID_PARAMETER,
          "--at selects a read-only snapshot and cannot be written; write to a branch head with --branch");
    }
    return branch == null ? opened : opened.branch(branch);
  }
}
