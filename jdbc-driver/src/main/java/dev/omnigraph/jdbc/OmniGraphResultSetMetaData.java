package dev.omnigraph.jdbc;

import dev.omnigraph.compiler.schema.PropType;
import dev.omnigraph.compiler.schema.ScalarType;
import dev.omnigraph.engine.ResultColumn;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.List;

/**
 * The columns of an {@link OmniGraphResultSet}, numbered from 1: label and name are both the
 * result column name ({@code p.name}); types, classes, precision and display size come from
 * {@link JdbcTypes}; the table is the node or edge type the column is read from ({@code ""} for
 * computed columns), and for such a column the schema is the branch ({@code main}) and the catalog
 * the graph, which ties the column to the table DBeaver lists ({@code ecosystem.md} §2.3); both are
 * {@code ""} for computed columns and for results that belong to no graph. Nullability follows the declared type:
 * {@link #columnNullable} for {@code T?}, {@link #columnNullableUnknown} otherwise (optional
 * matches and aggregates may still produce nulls). Every column is read-only. Immutable and
 * thread-safe.
 */
public final class OmniGraphResultSetMetaData implements ResultSetMetaData {
  private final List<ResultColumn> columns;
  private final String catalog;
  private final String schema;

  /**
   * @param columns the result columns in {@code return} order
   * @param catalog the graph's catalog name, or {@code ""} when the result belongs to no graph
   *     (metadata rows, array elements)
   * @param schema the branch the result was read from (the connection's schema), or {@code ""}
   *     with no graph
   */
  OmniGraphResultSetMetaData(List<ResultColumn> columns, String catalog, String schema) {
    this.columns = List.copyOf(columns);
    this.catalog = catalog;
    this.schema = schema;
  }

  @Override
  public int getColumnCount() {
    return columns.size();
  }

  @Override
  public String getColumnLabel(int column) throws SQLException {
    return column(column).name();
  }

  @Override
  public String getColumnName(int column) throws SQLException {
    return column(column).name();
  }

  @Override
  public int getColumnType(int column) throws SQLException {
    return JdbcTypes.sqlType(type(column));
  }

  @Override
  public String getColumnTypeName(int column) throws SQLException {
    return JdbcTypes.typeName(type(column));
  }

  @Override
  public String getColumnClassName(int column) throws SQLException {
    return JdbcTypes.javaClass(type(column)).getName();
  }

  @Override
  public int isNullable(int column) throws SQLException {
    return type(column).nullable() ? columnNullable : columnNullableUnknown;
  }

  @Override
  public int getPrecision(int column) throws SQLException {
    return JdbcTypes.precision(type(column));
  }

  /** Always 0: OmniGraph has no decimal type. */
  @Override
  public int getScale(int column) throws SQLException {
    column(column);
    return 0;
  }

  @Override
  public int getColumnDisplaySize(int column) throws SQLException {
    return JdbcTypes.displaySize(type(column));
  }

  @Override
  public boolean isSigned(int column) throws SQLException {
    return JdbcTypes.isSigned(type(column));
  }

  /** True for strings (enums included), which compare by exact code points. */
  @Override
  public boolean isCaseSensitive(int column) throws SQLException {
    PropType type = type(column);
    return type.scalar() == ScalarType.STRING && !type.list();
  }

  @Override
  public String getTableName(int column) throws SQLException {
    String table = column(column).tableName();
    return table == null ? "" : table;
  }

  @Override
  public String getSchemaName(int column) throws SQLException {
    return fromTable(column) ? schema : "";
  }

  @Override
  public String getCatalogName(int column) throws SQLException {
    return fromTable(column) ? catalog : "";
  }

  @Override
  public boolean isAutoIncrement(int column) throws SQLException {
    column(column);
    return false;
  }

  @Override
  public boolean isSearchable(int column) throws SQLException {
    column(column);
    return true;
  }

  @Override
  public boolean isCurrency(int column) throws SQLException {
    column(column);
    return false;
  }

  @Override
  public boolean isReadOnly(int column) throws SQLException {
    column(column);
    return true;
  }

  @Override
  public boolean isWritable(int column) throws SQLException {
    column(column);
    return false;
  }

  @Override
  public boolean isDefinitelyWritable(int column) throws SQLException {
    column(column);
    return false;
  }

  @Override
  public <T> T unwrap(Class<T> type) throws SQLException {
    return JdbcWrappers.unwrap(this, type);
  }

  @Override
  public boolean isWrapperFor(Class<?> type) {
    return type.isInstance(this);
  }

  private ResultColumn column(int column) throws SQLException {
    if (column < 1 || column > columns.size()) {
      throw new SQLException("column " + column + " is out of range 1.." + columns.size(), "07009");
    }
    return columns.get(column - 1);
  }

  private boolean fromTable(int column) throws SQLException {
    return column(column).tableName() != null && !catalog.isEmpty();
  }

  private PropType type(int column) throws SQLException {
    return column(column).type();
  }
}
