package dev.omnigraph.jdbc;

import dev.omnigraph.compiler.schema.PropType;
import dev.omnigraph.compiler.schema.ScalarType;
import dev.omnigraph.engine.QueryResult;
import dev.omnigraph.engine.ResultCursor;
import dev.omnigraph.engine.ResultColumn;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A list or vector value read through JDBC. {@link #getArray()} returns a typed Java array of the
 * elements' {@code getObject} form (e.g. {@code Long[]}, {@code java.sql.Date[]},
 * {@code Float[]} for a vector); {@link #getResultSet()} returns rows of {@code INDEX}
 * (1-based, BIGINT) and {@code VALUE}. After {@link #free()} every method throws. Not
 * thread-safe.
 */
final class OmniGraphArray implements Array {
  private static final PropType INDEX_TYPE = PropType.of(ScalarType.I64, false);

  private final PropType elementType;
  private List<?> elements;

  /**
   * @param elements the engine's element values, in order, possibly null; not copied
   * @param elementType their type, as {@link JdbcTypes#elementType} gives it
   */
  OmniGraphArray(List<?> elements, PropType elementType) {
    this.elements = elements;
    this.elementType = elementType;
  }

  @Override
  public String getBaseTypeName() throws SQLException {
    checkNotFreed();
    return JdbcTypes.typeName(elementType);
  }

  @Override
  public int getBaseType() throws SQLException {
    checkNotFreed();
    return JdbcTypes.sqlType(elementType);
  }

  /** All elements as an array of {@link JdbcTypes#javaClass} of the element type. */
  @Override
  public Object getArray() throws SQLException {
    checkNotFreed();
    return slice(0, elements.size());
  }

  /** As {@link #getArray()} when {@code map} is empty; type maps are not supported. */
  @Override
  public Object getArray(Map<String, Class<?>> map) throws SQLException {
    requireEmpty(map, "getArray");
    return getArray();
  }

  /**
   * {@code count} elements from the 1-based {@code index}.
   *
   * @throws SQLException {@code 2202E} when the range leaves the array
   */
  @Override
  public Object getArray(long index, int count) throws SQLException {
    checkNotFreed();
    return slice(start(index, count), count);
  }

  @Override
  public Object getArray(long index, int count, Map<String, Class<?>> map) throws SQLException {
    requireEmpty(map, "getArray");
    return getArray(index, count);
  }

  /** A forward-only result set with one row per element: {@code INDEX} (from 1) and {@code VALUE}. */
  @Override
  public ResultSet getResultSet() throws SQLException {
    checkNotFreed();
    return rows(0, elements.size());
  }

  @Override
  public ResultSet getResultSet(Map<String, Class<?>> map) throws SQLException {
    requireEmpty(map, "getResultSet");
    return getResultSet();
  }

  /** As {@link #getResultSet()} for {@code count} elements from the 1-based {@code index}. */
  @Override
  public ResultSet getResultSet(long index, int count) throws SQLException {
    checkNotFreed();
    return rows(start(index, count), count);
  }

  @Override
  public ResultSet getResultSet(long index, int count, Map<String, Class<?>> map) throws SQLException {
    requireEmpty(map, "getResultSet");
    return getResultSet(index, count);
  }

  /** Releases the elements; harmless when called again. */
  @Override
  public void free() {
    elements = null;
  }

  /** The elements as JSON array text, e.g. {@code ["a","b"]}; {@code freed array} once freed. */
  @Override
  public String toString() {
    return elements == null ? "freed array" : JdbcValues.toText(elements);
  }

  private Object[] slice(int from, int count) throws SQLException {
    Object[] values =
        (Object[]) java.lang.reflect.Array.newInstance(JdbcTypes.javaClass(elementType), count);
    for (int i = 0; i < count; i++) {
      Object element = elements.get(from + i);
      values[i] = element == null ? null : JdbcValues.toObject(element, elementType);
    }
    return values;
  }

  private ResultSet rows(int from, int count) {
    List<Object[]> rows = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      rows.add(new Object[] {(long) from + i + 1, elements.get(from + i)});
    }
    List<ResultColumn> columns =
        List.of(new ResultColumn("INDEX", INDEX_TYPE, null), new ResultColumn("VALUE", elementType, null));
    return new OmniGraphResultSet(null, ResultCursor.of(new QueryResult(columns, rows)), 0);
  }

  private int start(long index, int count) throws SQLException {
    if (index < 1 || count < 0 || index - 1 + count > elements.size()) {
      throw new SQLException(
          "array range " + index + ".." + (index - 1 + count) + " is outside 1.." + elements.size(), "2202E");
    }
    return (int) (index - 1);
  }

  private void checkNotFreed() throws SQLException {
    if (elements == null) {
      throw new SQLException("array is freed");
    }
  }

  private void requireEmpty(Map<String, Class<?>> map, String method) throws SQLException {
    if (map != null && !map.isEmpty()) {
      throw SqlErrors.unsupported(method + " with a type map");
    }
  }
}
