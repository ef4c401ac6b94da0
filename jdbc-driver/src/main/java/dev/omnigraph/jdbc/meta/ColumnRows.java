package dev.omnigraph.jdbc.meta;

import java.sql.SQLException;
import dev.omnigraph.compiler.schema.PropType;
import dev.omnigraph.engine.QueryResult;
import dev.omnigraph.engine.ResultColumn;
import dev.omnigraph.engine.meta.ColumnInfo;
import dev.omnigraph.engine.meta.NamePattern;
import dev.omnigraph.jdbc.JdbcTypes;
import java.sql.DatabaseMetaData;
import java.util.ArrayList;
import java.util.List;

/**
 * The rows of {@code getColumns}: every stored column of the selected tables, typed as
 * {@link JdbcTypes} maps OmniGraph types (COLUMN_SIZE is {@link JdbcTypes#precision}), with the
 * column's remarks (enum values, {@code @key}, {@code @unique}, {@code @index}, description).
 * Ordered by schema, table name and ordinal position, as JDBC asks.
 */
public final class ColumnRows {
  static final List<ResultColumn> COLUMNS = List.of(Col.text("TABLE_CAT"), Col.text("TABLE_SCHEM"),
      Col.text("TABLE_NAME"), Col.text("COLUMN_NAME"), Col.integer("DATA_TYPE"), Col.text("TYPE_NAME"),
      Col.integer("COLUMN_SIZE"), Col.integer("BUFFER_LENGTH"), Col.integer("DECIMAL_DIGITS"),
      Col.integer("NUM_PREC_RADIX"), Col.integer("NULLABLE"), Col.text("REMARKS"), Col.text("COLUMN_DEF"),
      Col.integer("SQL_DATA_TYPE"), Col.integer("SQL_DATETIME_SUB"), Col.integer("CHAR_OCTET_LENGTH"),
      Col.integer("ORDINAL_POSITION"), Col.text("IS_NULLABLE"), Col.text("SCOPE_CATALOG"), Col.text("SCOPE_SCHEMA"),
      Col.text("SCOPE_TABLE"), Col.integer("SOURCE_DATA_TYPE"), Col.text("IS_AUTOINCREMENT"),
      Col.text("IS_GENERATEDCOLUMN"));

  private ColumnRows() {}

  /** The columns the patterns select. */
  public static QueryResult columns(Scope scope, String catalog, String schemaPattern, String tablePattern,
      String columnPattern) throws SQLException {
    NamePattern columns = NamePattern.of(columnPattern);
    List<Object[]> rows = new ArrayList<>();
    for (Scope.SchemaTable t : scope.tables(catalog, schemaPattern, tablePattern)) {
      for (ColumnInfo column : t.table().columns()) {
        if (columns.matches(column.name())) {
          rows.add(row(scope.catalog(), t.schema(), t.table().name(), column));
        }
      }
    }
    return new QueryResult(COLUMNS, rows);
  }

  private static Object[] row(String catalog, String schema, String table, ColumnInfo column) {
    PropType type = column.type();
    boolean nullable = type.nullable();
    Integer radix = type.scalar().isNumeric() && !JdbcTypes.isArray(type) ? 10 : null;
    Integer decimalDigits = radix != null && type.scalar().isInteger() ? 0 : null;
    return new Object[] {catalog, schema, table, column.name(), JdbcTypes.sqlType(type), JdbcTypes.typeName(type),
        JdbcTypes.precision(type), null, decimalDigits, radix,
        nullable ? DatabaseMetaData.columnNullable : DatabaseMetaData.columnNoNulls, column.remarks(), null,
        null, null, null, column.position(), nullable ? "YES" : "NO", null, null, null, null, "NO", "NO"};
  }
}
