package dev.omnigraph.engine.branch;

import java.util.Map;

/**
 * What a merge did ({@code storage-recovery.md} §5.3).
 *
 * @param outcome up to date, fast-forward or merged
 * @param commitId the two-parent graph commit published on the target, null when up to date
 * @param changedRows table key to rows put or deleted on the target
 */
public record MergeResult(Outcome outcome, String commitId, Map<String, Integer> changedRows) {
  public MergeResult {
    changedRows = Map.copyOf(changedRows);
  }

  /** The kinds of merge outcome. */
  public enum Outcome {
    /** The source's commits are already in the target: nothing to do, no commit. */
    ALREADY_UP_TO_DATE,
    /** The target had not moved since the merge base: it takes the source's state (still a two-parent commit). */
    FAST_FORWARD,
    /** Both moved: a three-way merge by row id. */
    MERGED
  }
}
