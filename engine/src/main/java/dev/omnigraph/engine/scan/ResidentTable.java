package dev.omnigraph.engine.scan;

import dev.omnigraph.compiler.schema.GraphType;
import dev.omnigraph.compiler.schema.PropType;
import dev.omnigraph.compiler.schema.TableColumns;
import dev.omnigraph.engine.arrow.ArrowValues;
import dev.omnigraph.engine.lance.LanceTable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.arrow.vector.VectorSchemaRoot;

/**
 * A whole table at one Lance version, decoded into Java values and held in memory, with a hash
 * index from {@code id} to row position. Table versions are immutable, so a resident table never
 * goes stale; it is keyed by (path, version) in {@link TableStore}.
 *
 * <p>Memory: about 40-60 bytes per non-null value plus the values themselves. Immutable and
 * thread-safe once built.
 */
public final class ResidentTable {
  private final List<String> columnNames;
  private final Object[][] columns;
  private final int rowCount;
  private final Map<String, Integer> idIndex;

  private ResidentTable(List<String> columnNames, Object[][] columns, int rowCount) {
    this.columnNames = columnNames;
    this.columns = columns;
    this.rowCount = rowCount;
    this.idIndex = new HashMap<>(Math.max(16, rowCount * 2));
    Object[] ids = columns[0];
    for (int i = 0; i < rowCount; i++) {
      idIndex.put((String) ids[i], i);
    }
  }

  /** Reads every row of {@code table} (all stored columns of {@code type}). */
  static ResidentTable load(GraphType type, LanceTable table) {
    List<String> names = TableColumns.names(type);
    List<PropType> types = TableColumns.types(type);
    int expected = (int) table.rowCount();
    List<Object[]> buffers = new ArrayList<>();
    for (int c = 0; c < names.size(); c++) {
      buffers.add(new Object[expected]);
    }
    int row = 0;
    try (LanceTable.Scan scan = table.scan(names, null, null)) {
      while (scan.next()) {
        VectorSchemaRoot batch = scan.batch();
        int n = batch.getRowCount();
        for (int c = 0; c < names.size(); c++) {
          Object[] column = buffers.get(c);
          var vector = batch.getVector(names.get(c));
          PropType columnType = types.get(c);
          for (int i = 0; i < n; i++) {
            column[row + i] = ArrowValues.read(vector, i, columnType);
          }
        }
        row += n;
      }
    }
    return new ResidentTable(names, buffers.toArray(new Object[0][]), row);
  }

  /** Stored column names. */
  public List<String> columnNames() {
    return columnNames;
  }

  /** The number of rows. */
  public int rowCount() {
    return rowCount;
  }

  /** The values of a stored column by position; do not modify. */
  public Object[] column(int index) {
    return columns[index];
  }

  /** Every id of the table, as a read-only view of the index. */
  public java.util.Set<String> ids() {
    return java.util.Collections.unmodifiableSet(idIndex.keySet());
  }

  /** The row position of an id, or -1. */
  public int rowOf(String id) {
    Integer row = idIndex.get(id);
    return row == null ? -1 : row;
  }
}
