package dev.omnigraph.engine.scan;

import dev.omnigraph.compiler.schema.GraphType;
import dev.omnigraph.compiler.schema.PropType;
import dev.omnigraph.compiler.schema.TableColumns;
import dev.omnigraph.engine.arrow.ArrowValues;
import dev.omnigraph.engine.lance.LanceTable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Set;
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

  /**
   * The table after a write: this table's rows in order, minus those whose id is in
   * {@code removed} or among {@code puts}' ids, then {@code puts} (whole rows in stored column
   * order); only {@code puts} when {@code overwrite}. The same rows, in the same order, as a
   * scan of the version the write committed (Lance keeps surviving rows in place and appends
   * new fragments), so a write need not re-read the table.
   */
  public ResidentTable after(Set<String> removed, List<Object[]> puts, boolean overwrite) {
    Set<String> replaced = new java.util.HashSet<>(removed);
    for (Object[] put : puts) {
      replaced.add((String) put[0]);
    }
    int kept = 0;
    int[] keep = new int[overwrite ? 0 : rowCount];
    if (!overwrite) {
      Object[] ids = columns[0];
      for (int i = 0; i < rowCount; i++) {
        if (!replaced.contains((String) ids[i])) {
          keep[kept++] = i;
        }
      }
    }
    int total = kept + puts.size();
    Object[][] next = new Object[columns.length][];
    for (int c = 0; c < columns.length; c++) {
      Object[] column = new Object[total];
      for (int i = 0; i < kept; i++) {
        column[i] = columns[c][keep[i]];
      }
      for (int i = 0; i < puts.size(); i++) {
        column[kept + i] = puts.get(i)[c];
      }
      next[c] = column;
    }
    return new ResidentTable(columnNames, next, total);
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
