package dev.omnigraph.engine.validate;

import dev.omnigraph.compiler.schema.GraphType;
import dev.omnigraph.engine.write.TableChange;
import dev.omnigraph.engine.write.WritePlan;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The pending changes of one write, one {@link TableDelta} per touched table in first-touch
 * order. Built by a mutation or a load, checked by {@link ChangeValidator}, then turned into the
 * engine's {@link WritePlan}. Not thread-safe.
 */
public final class ChangeSet {
  private final Map<String, TableDelta> tables = new LinkedHashMap<>();

  /** The delta of {@code type}'s table, created empty on first use. */
  public TableDelta table(GraphType type) {
    return tables.computeIfAbsent(type.tableKey(), k -> new TableDelta(type));
  }

  /** The delta of the table {@code tableKey}, or null when the write does not touch it. */
  public TableDelta find(String tableKey) {
    return tables.get(tableKey);
  }

  /** Every touched table's delta, in first-touch order. */
  public Collection<TableDelta> tables() {
    return tables.values();
  }

  /**
   * The engine's plan: one change per touched table (empty changes dropped) and the read set,
   * which {@code base} recorded plus every touched table.
   */
  public WritePlan toPlan(BaseTables base) {
    List<TableChange> changes = new ArrayList<>();
    Set<String> readSet = new TreeSet<>(base.readSet());
    for (TableDelta delta : tables.values()) {
      TableChange change = delta.toChange();
      if (!change.isEmpty()) {
        changes.add(change);
      }
      readSet.add(delta.type().tableKey());
    }
    return new WritePlan(changes, readSet);
  }
}
