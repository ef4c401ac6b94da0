package dev.omnigraph.engine.write;

import java.util.List;
import java.util.Set;

/**
 * A validated write, prepared against one base manifest: the change to every touched table and
 * the read set, the tables whose content the validation depended on ({@code storage-recovery.md}
 * §9 invariant 7). The write engine publishes the plan only when no table of
 * {@code readSet} ∪ touched tables moved since the base; otherwise it prepares again (retryable
 * writes) or fails with {@code WRITE_CONFLICT}.
 *
 * @param changes at most one change per table; empty changes are skipped
 * @param readSet table keys ({@code node:Person}) read while validating, touched tables included
 *     or not
 */
public record WritePlan(List<TableChange> changes, Set<String> readSet) {
  public WritePlan {
    changes = List.copyOf(changes);
    readSet = Set.copyOf(readSet);
  }
}
