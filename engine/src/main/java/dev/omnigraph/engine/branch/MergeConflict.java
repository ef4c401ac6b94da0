package dev.omnigraph.engine.branch;

import java.util.List;

/**
 * One row both sides of a merge changed differently ({@code storage-recovery.md} §5.3).
 *
 * @param tableKey {@code node:Person}
 * @param id the row's id
 * @param kind what kind of conflict
 * @param source the source branch's row (stored column order), null when it deleted the row
 * @param target the target branch's row, null when it deleted the row
 */
public record MergeConflict(String tableKey, String id, Kind kind, List<Object> source, List<Object> target) {

  /** The conflict kinds of a three-way row merge. */
  public enum Kind {
    /** The row is new on both sides with different values. */
    DIVERGENT_INSERT,
    /** One side deleted the row, the other changed it. */
    DELETE_VS_UPDATE,
    /** Both sides changed the row to different values. */
    DIVERGENT_UPDATE
  }

  /** One line: {@code node:Person 'alice': DIVERGENT_UPDATE (source [..], target [..])}. */
  public String describe() {
    return tableKey + " '" + id + "': " + kind + " (source " + (source == null ? "deleted" : source)
        + ", target " + (target == null ? "deleted" : target) + ")";
  }
}
