package dev.omnigraph.flight.meta;

import java.util.ArrayList;
import java.util.List;
import org.apache.arrow.flight.FlightProducer.ServerStreamListener;
import org.apache.arrow.flight.sql.FlightSqlProducer.Schemas;
import org.apache.arrow.flight.sql.impl.FlightSql.CommandGetDbSchemas;
import org.apache.arrow.memory.BufferAllocator;

/**
 * Answers {@code GetCatalogs} (the graph), {@code GetDbSchemas} (its branches) and
 * {@code GetTableTypes} ({@value #TABLE_TYPE}, the one type of node and edge tables, as the JDBC
 * driver reports it), in the canonical schemas and ordered by catalog then schema. Stateless.
 */
public final class CatalogRows {
  /** The table type of every node and edge table. */
  public static final String TABLE_TYPE = "TABLE";

  private CatalogRows() {}

  /** {@code GetCatalogs}: one row, the graph's catalog ({@link Schemas#GET_CATALOGS_SCHEMA}). */
  public static void catalogs(GraphScope scope, BufferAllocator allocator, ServerStreamListener listener) {
    MetadataRows.send(Schemas.GET_CATALOGS_SCHEMA, List.<Object[]>of(new Object[] {scope.catalog()}), allocator, listener);
  }

  /**
   * {@code GetDbSchemas}: the branches matching {@code db_schema_filter_pattern}, when the
   * command's catalog (if any) is the graph's ({@link Schemas#GET_SCHEMAS_SCHEMA}).
   */
  public static void schemas(GraphScope scope, CommandGetDbSchemas command, BufferAllocator allocator,
      ServerStreamListener listener) {
    List<Object[]> rows = new ArrayList<>();
    if (scope.catalogMatches(command.hasCatalog() ? command.getCatalog() : null)) {
      for (String schema : scope.schemas(command.hasDbSchemaFilterPattern() ? command.getDbSchemaFilterPattern() : null)) {
        rows.add(new Object[] {scope.catalog(), schema});
      }
    }
    MetadataRows.send(Schemas.GET_SCHEMAS_SCHEMA, rows, allocator, listener);
  }

  /** {@code GetTableTypes}: {@value #TABLE_TYPE} ({@link Schemas#GET_TABLE_TYPES_SCHEMA}). */
  public static void tableTypes(BufferAllocator allocator, ServerStreamListener listener) {
    MetadataRows.send(Schemas.GET_TABLE_TYPES_SCHEMA, List.<Object[]>of(new Object[] {TABLE_TYPE}), allocator, listener);
  }
}
