package dev.omnigraph.engine;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The rows of a read query, in result order, with their columns. Immutable once built.
 *
 * <p>Values follow the Java mapping of {@link ResultColumn}.
 */
public final class QueryResult {
  private final List<ResultColumn> columns;
  private final List<Object[]> rows;
  private final List<String> lanceScans;

  /**
   * @param columns the result columns in {@code return} order
   * @param rows the rows; each array has one value per column; the list is not copied
   */
  public QueryResult(List<ResultColumn> columns, List<Object[]> rows) {
    this(columns, rows, List.of());
  }

  /**
   * @param lanceScans the Lance scans the execution issued (see {@link #lanceScans()})
   */
  public QueryResult(List<ResultColumn> columns, List<Object[]> rows, List<String> lanceScans) {
    this.columns = List.copyOf(columns);
    this.rows = Collections.unmodifiableList(rows);
    this.lanceScans = List.copyOf(lanceScans);
  }

  /**
   * The Lance scans this execution issued, one line each: {@code node:Person filter=`age` > 30
   * limit=null}, the filter being the part Lance evaluated. Empty when every table was read from
   * memory (see {@link Graph#DEFAULT_RESIDENT_ROW_LIMIT}).
   */
  public List<String> lanceScans() {
    return lanceScans;
  }

  /** The result columns in {@code return} order. */
  public List<ResultColumn> columns() {
    return columns;
  }

  /** The column names in {@code return} order. */
  public List<String> columnNames() {
    List<String> names = new ArrayList<>(columns.size());
    for (ResultColumn column : columns) {
      names.add(column.name());
    }
    return names;
  }

  /** The number of rows. */
  public int rowCount() {
    return rows.size();
  }

  /** The value at a 0-based row and column. */
  public Object get(int row, int column) {
    return rows.get(row)[column];
  }

  /** Row {@code row} as an array of values; do not modify it. */
  public Object[] row(int row) {
    return rows.get(row);
  }

  /** Row {@code row} keyed by column name, in column order (a later duplicate name wins). */
  public Map<String, Object> rowAsMap(int row) {
    Map<String, Object> map = new LinkedHashMap<>();
    Object[] values = rows.get(row);
    for (int i = 0; i < columns.size(); i++) {
      map.put(columns.get(i).name(), values[i]);
    }
    return map;
  }

  /**
   * Every remaining row of {@code cursor}, which is then closed.
   *
   * @throws dev.omnigraph.compiler.diag.OmniGraphException as {@link ResultCursor#next()}
   */
  public static QueryResult drain(ResultCursor cursor) {
    try (cursor) {
      List<Object[]> rows = new ArrayList<>();
      for (Object[] row = cursor.next(); row != null; row = cursor.next()) {
        rows.add(row);
      }
      return new QueryResult(cursor.columns(), rows, cursor.lanceScans());
    }
  }

  /** All rows as lists of values, for tests and printing. */
  public List<List<Object>> rowsAsLists() {
    List<List<Object>> out = new ArrayList<>(rows.size());
    for (Object[] row : rows) {
      out.add(java.util.Arrays.asList(row));
    }
    return out;
  }
}
