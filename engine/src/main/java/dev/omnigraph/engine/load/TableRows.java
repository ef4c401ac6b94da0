package dev.omnigraph.engine.load;

import dev.omnigraph.compiler.schema.GraphType;
import java.util.ArrayList;
import java.util.List;

/**
 * The rows a load adds to one table, in stored column order, with the input line of each.
 */
final class TableRows {
  final GraphType type;
  final List<Object[]> rows = new ArrayList<>();
  final List<Integer> lines = new ArrayList<>();

  TableRows(GraphType type) {
    this.type = type;
  }

  void add(Object[] row, int line) {
    rows.add(row);
    lines.add(line);
  }
}
