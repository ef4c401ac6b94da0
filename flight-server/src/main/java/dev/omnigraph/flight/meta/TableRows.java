package dev.omnigraph.flight.meta;

import dev.omnigraph.engine.meta.SqlTypes;
import dev.omnigraph.compiler.schema.ScalarType;
import dev.omnigraph.engine.meta.ColumnInfo;
import dev.omnigraph.engine.meta.TableInfo;
import dev.omnigraph.flight.statement.WireTypes;
import java.util.ArrayList;
import java.util.List;
import org.apache.arrow.flight.FlightProducer.ServerStreamListener;
import org.apache.arrow.flight.sql.FlightSqlColumnMetadata;
import org.apache.arrow.flight.sql.FlightSqlProducer.Schemas;
import org.apache.arrow.flight.sql.impl.FlightSql.CommandGetTables;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.vector.types.pojo.Field;
import org.apache.arrow.vector.types.pojo.Schema;

/**
 * Answers {@code GetTables}: one row per node and edge table whose catalog, branch and name match
 * the command's filters and whose type ({@value CatalogRows#TABLE_TYPE}) is among
 * {@code table_types} (when given), ordered by catalog, schema, then table name. With
 * {@code include_schema} the rows carry {@code table_schema}: the table's Arrow schema as an IPC
 * message, each field in the {@link WireTypes} type and with the column metadata the Flight SQL
 * JDBC driver reads for {@code getColumns} ({@code ARROW:FLIGHT:SQL:CATALOG_NAME},
 * {@code SCHEMA_NAME}, {@code TABLE_NAME}, {@code TYPE_NAME}, {@code PRECISION}, {@code SCALE},
 * {@code IS_AUTO_INCREMENT}, {@code IS_CASE_SENSITIVE}, {@code IS_READ_ONLY},
 * {@code IS_SEARCHABLE}, {@code REMARKS}). Stateless.
 */
public final class TableRows {
  private TableRows() {}

  /** Sends the rows in {@link Schemas#GET_TABLES_SCHEMA} or, without include_schema, {@link Schemas#GET_TABLES_SCHEMA_NO_SCHEMA}. */
  public static void send(GraphScope scope, CommandGetTables command, BufferAllocator allocator, ServerStreamListener listener) {
    boolean includeSchema = command.getIncludeSchema();
    List<Object[]> rows = new ArrayList<>();
    boolean typeMatches = command.getTableTypesCount() == 0 || command.getTableTypesList().contains(CatalogRows.TABLE_TYPE);
    if (typeMatches && scope.catalogMatches(command.hasCatalog() ? command.getCatalog() : null)) {
      for (String schema : scope.schemas(command.hasDbSchemaFilterPattern() ? command.getDbSchemaFilterPattern() : null)) {
        for (TableInfo table : scope.tables(command.hasTableNameFilterPattern() ? command.getTableNameFilterPattern() : null)) {
          rows.add(includeSchema
              ? new Object[] {scope.catalog(), schema, table.name(), CatalogRows.TABLE_TYPE,
                  tableSchema(scope.catalog(), schema, table).serializeAsMessage()}
              : new Object[] {scope.catalog(), schema, table.name(), CatalogRows.TABLE_TYPE});
        }
      }
    }
    MetadataRows.send(includeSchema ? Schemas.GET_TABLES_SCHEMA : Schemas.GET_TABLES_SCHEMA_NO_SCHEMA, rows, allocator, listener);
  }

  /** The Arrow schema of {@code table} as clients see it, with the column metadata of the class comment. */
  public static Schema tableSchema(String catalog, String schema, TableInfo table) {
    List<Field> fields = new ArrayList<>();
    for (ColumnInfo column : table.columns()) {
      FlightSqlColumnMetadata metadata = new FlightSqlColumnMetadata.Builder()
          .catalogName(catalog)
          .schemaName(schema)
          .tableName(table.name())
          .typeName(SqlTypes.name(column.type()))
          .precision(SqlTypes.precision(column.type()))
          .scale(0)
          .isAutoIncrement(false)
          .isCaseSensitive(column.type().scalar() == ScalarType.STRING)
          .isReadOnly(false)
          .isSearchable(true)
          .remarks(column.remarks())
          .build();
      fields.add(WireTypes.field(column.name(), column.type(), metadata.getMetadataMap()));
    }
    return new Schema(fields);
  }
}
