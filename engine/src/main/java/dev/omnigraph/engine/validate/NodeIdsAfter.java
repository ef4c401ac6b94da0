package dev.omnigraph.engine.validate;

import dev.omnigraph.compiler.schema.NodeType;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

/**
 * Which node ids exist after a change: pending puts, plus committed ids that the change neither
 * deletes nor overwrites away. Committed ids are looked up in one filtered read per call.
 */
final class NodeIdsAfter {
  private final BaseTables base;
  private final ChangeSet changes;

  NodeIdsAfter(BaseTables base, ChangeSet changes) {
    this.base = base;
    this.changes = changes;
  }

  /** The ids among {@code ids} that no node of {@code type} has after the change. */
  Set<String> missing(NodeType type, Collection<String> ids) {
    TableDelta delta = changes.find(type.tableKey());
    Set<String> candidates = new HashSet<>(ids);
    if (delta != null) {
      candidates.removeAll(delta.puts().keySet());
      if (delta.overwrite()) {
        return candidates;
      }
    }
    Set<String> missing = new HashSet<>(candidates);
    missing.removeAll(base.existingIds(type, candidates));
    if (delta != null) {
      candidates.stream().filter(delta.deletes()::containsKey).forEach(missing::add);
    }
    return missing;
  }

  /** True when the committed node {@code id} of {@code type} is gone after the change (deleted or overwritten away, not put again). */
  boolean removed(NodeType type, String id) {
    TableDelta delta = changes.find(type.tableKey());
    return delta != null && !delta.puts().containsKey(id) && (delta.overwrite() || delta.deletes().containsKey(id));
  }
}
