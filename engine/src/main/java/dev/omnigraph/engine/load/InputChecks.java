package dev.omnigraph.engine.load;

import dev.omnigraph.compiler.diag.ErrorCode;
import dev.omnigraph.compiler.diag.OmniGraphException;
import dev.omnigraph.compiler.diag.SourceLocation;
import dev.omnigraph.compiler.schema.NodeType;
import dev.omnigraph.engine.LoadMode;
import dev.omnigraph.engine.validate.BaseTables;
import dev.omnigraph.engine.validate.Violations;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * The checks of a load's ids before its rows become a change ({@code pg-schema.md} §4.4 rule 1,
 * §7.3): an id listed twice in the input is a violation, except that a merge folds repeated ids of
 * un-keyed nodes and edges (last wins) — a repeated {@code @key} fails in every mode, since a load
 * has no order; and an append must not meet an id that is already stored ({@code KEY_CONFLICT},
 * one filtered read of the stored ids per table).
 */
final class InputChecks {
  private final String source;
  private final LoadMode mode;
  private final BaseTables base;

  InputChecks(String source, LoadMode mode, BaseTables base) {
    this.source = source;
    this.mode = mode;
    this.base = base;
  }

  void check(TableRows table) {
    boolean keyed = table.type instanceof NodeType node && !node.key().isEmpty();
    String what = keyed ? "@key value" : "id";
    if (mode != LoadMode.MERGE || keyed) {
      Map<String, Integer> seen = new HashMap<>();
      for (int i = 0; i < table.rows.size(); i++) {
        String id = (String) table.rows.get(i)[0];
        Integer first = seen.putIfAbsent(id, table.lines.get(i));
        if (first != null) {
          throw Violations.constraint(at(table.lines.get(i)), "duplicate " + what + " '" + id + "' for "
              + table.type.tableKey() + " (first at line " + first + ")");
        }
      }
    }
    if (mode == LoadMode.APPEND) {
      Set<String> stored = base.existingIds(table.type, table.rows.stream().map(row -> (String) row[0]).toList());
      for (int i = 0; i < table.rows.size() && !stored.isEmpty(); i++) {
        String id = (String) table.rows.get(i)[0];
        if (stored.contains(id)) {
          throw new OmniGraphException(ErrorCode.KEY_CONFLICT, at(table.lines.get(i)), (table.type instanceof NodeType ? "node" : "edge")
              + " type '" + table.type.name() + "' already has " + what + " '" + id + "' (append mode adds new rows only; use merge to replace)");
        }
      }
    }
  }

  private SourceLocation at(int line) {
    return new SourceLocation(source, line, 0);
  }
}
