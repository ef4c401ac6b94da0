package dev.omnigraph.engine.validate;

import dev.omnigraph.compiler.schema.Constraint;
import dev.omnigraph.compiler.schema.EdgeType;
import dev.omnigraph.compiler.schema.GraphType;
import dev.omnigraph.compiler.schema.NodeType;
import dev.omnigraph.compiler.schema.PropType;
import dev.omnigraph.compiler.schema.TableColumns;
import dev.omnigraph.compiler.value.KeyText;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code @unique} groups of one table after a change ({@code pg-schema.md} §4.4): the tuple of the
 * group's columns (canonical key text, so typed values compare as the ids do) must not be held by
 * two rows of the table's content after the write. Rows with a null member are exempt. Pending
 * rows are compared with each other, then with the committed rows that keep their place (not
 * deleted, replaced or overwritten by this change), found through an {@code IN} filter on the
 * group's first column. A {@code @unique} equal to the node's {@code @key} is skipped: the key is
 * the id, and ids are unique by construction.
 */
final class UniquenessCheck {
  private final BaseTables base;

  UniquenessCheck(BaseTables base) {
    this.base = base;
  }

  void check(TableDelta delta) {
    GraphType type = delta.type();
    if (delta.puts().isEmpty()) {
      return;
    }
    for (Constraint constraint : type.constraints()) {
      if (constraint instanceof Constraint.Unique unique
          && !(type instanceof NodeType node && unique.properties().equals(node.key()))) {
        checkGroup(delta, unique.properties());
      }
    }
  }

  private void checkGroup(TableDelta delta, List<String> group) {
    GraphType type = delta.type();
    int[] columns = new int[group.size()];
    for (int i = 0; i < columns.length; i++) {
      columns[i] = TableColumns.indexOf(type, group.get(i));
    }
    Map<String, Object[]> holders = new HashMap<>();
    Set<Object> firstValues = new HashSet<>();
    for (Object[] row : delta.puts().values()) {
      String tuple = tuple(type, row, columns);
      if (tuple == null) {
        continue;
      }
      Object[] earlier = holders.putIfAbsent(tuple, row);
      if (earlier != null) {
        throw violation(delta, group, tuple, earlier, row);
      }
      firstValues.add(row[columns[0]]);
    }
    if (delta.overwrite() || firstValues.isEmpty()) {
      return;
    }
    base.scan(type, new RowFilter.In(group.get(0), firstValues), committed -> {
      if (delta.removesCommitted((String) committed[0])) {
        return;
      }
      String tuple = tuple(type, committed, columns);
      Object[] pending = tuple == null ? null : holders.get(tuple);
      if (pending != null) {
        throw violation(delta, group, tuple, committed, pending);
      }
    });
  }

  /** The canonical text of the row's group values, or null when one is null. */
  private static String tuple(GraphType type, Object[] row, int[] columns) {
    List<PropType> types = TableColumns.types(type);
    List<String> members = new ArrayList<>(columns.length);
    for (int column : columns) {
      Object value = row[column];
      if (value == null) {
        return null;
      }
      try {
        members.add(KeyText.of(value, types.get(column)));
      } catch (IllegalArgumentException | ClassCastException e) {
        throw Violations.constraint(null, "@unique on " + type.name() + " covers a column that cannot be compared as a key ("
            + e.getMessage() + "), so no row of it can be written");
      }
    }
    return members.size() == 1 ? members.get(0) : "(" + String.join(", ", members) + ")";
  }

  private static RuntimeException violation(TableDelta delta, List<String> group, String tuple, Object[] first, Object[] second) {
    GraphType type = delta.type();
    String columns = group.size() == 1 ? group.get(0) : "(" + String.join(", ", group) + ")";
    return Violations.constraint(delta.putOrigin((String) second[0]), "@unique violation on " + type.name() + "." + columns
        + ": value '" + tuple + "' held by " + holder(type, first) + " and " + holder(type, second));
  }

  private static String holder(GraphType type, Object[] row) {
    return type instanceof EdgeType ? "'" + row[1] + "' -> '" + row[2] + "'" : "'" + row[0] + "'";
  }
}
