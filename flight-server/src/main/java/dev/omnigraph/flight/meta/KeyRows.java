package dev.omnigraph.flight.meta;

import dev.omnigraph.engine.meta.ForeignKey;
import dev.omnigraph.engine.meta.TableInfo;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;
import org.apache.arrow.flight.FlightProducer.ServerStreamListener;
import org.apache.arrow.flight.sql.FlightSqlProducer.Schemas;
import org.apache.arrow.flight.sql.impl.FlightSql.CommandGetCrossReference;
import org.apache.arrow.flight.sql.impl.FlightSql.CommandGetExportedKeys;
import org.apache.arrow.flight.sql.impl.FlightSql.CommandGetImportedKeys;
import org.apache.arrow.flight.sql.impl.FlightSql.CommandGetPrimaryKeys;
import org.apache.arrow.memory.BufferAllocator;

/**
 * Answers the key commands from {@link dev.omnigraph.engine.meta.GraphMetadata}:
 * {@code GetPrimaryKeys} (a keyed node's {@code @key} columns, otherwise {@code id}),
 * {@code GetImportedKeys} (an edge table's {@code src} and {@code dst}, each referencing its
 * endpoint node table's {@code id}), {@code GetExportedKeys} (the edge columns referencing a node
 * table) and {@code GetCrossReference} (those between one node table and one edge table). Table
 * names are exact (not patterns); catalog and schema, when given, must be the graph's and one of
 * its branches, otherwise the answer is empty. Key rows are per branch; the update and delete
 * rules are {@code NO_ACTION} (3), as the JDBC driver reports: ids never change, and removing a
 * node removes its edges in the same write. Stateless.
 */
public final class KeyRows {
  /** JDBC's {@code importedKeyNoAction}. */
  static final int NO_ACTION = 3;

  private KeyRows() {}

  /** {@code GetPrimaryKeys} in {@link Schemas#GET_PRIMARY_KEYS_SCHEMA}, ordered by key sequence. */
  public static void primaryKeys(GraphScope scope, CommandGetPrimaryKeys command, BufferAllocator allocator,
      ServerStreamListener listener) {
    List<Object[]> rows = new ArrayList<>();
    for (String schema : branches(scope, command.hasCatalog() ? command.getCatalog() : null,
        command.hasDbSchema() ? command.getDbSchema() : null)) {
      scope.metadata().table(command.getTable()).ifPresent(table -> {
        for (int i = 0; i < table.primaryKey().size(); i++) {
          rows.add(new Object[] {scope.catalog(), schema, table.name(), table.primaryKey().get(i), i + 1, table.primaryKeyName()});
        }
      });
    }
    MetadataRows.send(Schemas.GET_PRIMARY_KEYS_SCHEMA, rows, allocator, listener);
  }

  /** {@code GetImportedKeys}: the foreign keys {@code table} holds, ordered by the referenced table. */
  public static void importedKeys(GraphScope scope, CommandGetImportedKeys command, BufferAllocator allocator,
      ServerStreamListener listener) {
    List<Object[]> rows = keys(scope, command.hasCatalog() ? command.getCatalog() : null,
        command.hasDbSchema() ? command.getDbSchema() : null, key -> key.table().equals(command.getTable()));
    rows.sort(Comparator.comparing((Object[] row) -> (String) row[2]).thenComparing(row -> (String) row[7]));
    MetadataRows.send(Schemas.GET_IMPORTED_KEYS_SCHEMA, rows, allocator, listener);
  }

  /** {@code GetExportedKeys}: the foreign keys referencing {@code table}, ordered by the referencing table. */
  public static void exportedKeys(GraphScope scope, CommandGetExportedKeys command, BufferAllocator allocator,
      ServerStreamListener listener) {
    List<Object[]> rows = keys(scope, command.hasCatalog() ? command.getCatalog() : null,
        command.hasDbSchema() ? command.getDbSchema() : null, key -> key.referencedTable().equals(command.getTable()));
    MetadataRows.send(Schemas.GET_EXPORTED_KEYS_SCHEMA, rows, allocator, listener);
  }

  /** {@code GetCrossReference}: the foreign keys of {@code fk_table} referencing {@code pk_table}. */
  public static void crossReference(GraphScope scope, CommandGetCrossReference command, BufferAllocator allocator,
      ServerStreamListener listener) {
    boolean samePlace = same(command.hasPkCatalog() ? command.getPkCatalog() : null, command.hasFkCatalog() ? command.getFkCatalog() : null)
        && same(command.hasPkDbSchema() ? command.getPkDbSchema() : null, command.hasFkDbSchema() ? command.getFkDbSchema() : null);
    List<Object[]> rows = samePlace
        ? keys(scope, command.hasFkCatalog() ? command.getFkCatalog() : null, command.hasFkDbSchema() ? command.getFkDbSchema() : null,
            key -> key.table().equals(command.getFkTable()) && key.referencedTable().equals(command.getPkTable()))
        : List.of();
    MetadataRows.send(Schemas.GET_CROSS_REFERENCE_SCHEMA, rows, allocator, listener);
  }

  private static boolean same(String a, String b) {
    return a == null || b == null || a.equals(b);
  }

  private static List<String> branches(GraphScope scope, String catalog, String schema) {
    if (!scope.catalogMatches(catalog) || !scope.schemaExists(schema)) {
      return List.of();
    }
    return schema == null ? scope.schemas(null) : List.of(schema);
  }

  /** The unique key on {@code id} a foreign key references: the primary key, or {@code <Table>_id_key} for a keyed node. */
  private static String idKeyName(TableInfo table) {
    return table.indexes().stream().filter(index -> index.unique() && index.columns().equals(List.of("id")))
        .map(dev.omnigraph.engine.meta.TableIndex::name).findFirst().orElse(null);
  }

  private static List<Object[]> keys(GraphScope scope, String catalog, String schema, Predicate<ForeignKey> wanted) {
    List<Object[]> rows = new ArrayList<>();
    for (String branch : branches(scope, catalog, schema)) {
      for (TableInfo table : scope.metadata().tables()) {
        for (ForeignKey key : table.foreignKeys()) {
          if (wanted.test(key)) {
            String pkName = scope.metadata().table(key.referencedTable()).map(KeyRows::idKeyName).orElse(null);
            rows.add(new Object[] {scope.catalog(), branch, key.referencedTable(), key.referencedColumn(),
                scope.catalog(), branch, key.table(), key.column(), 1, key.name(), pkName, NO_ACTION, NO_ACTION});
          }
        }
      }
    }
    return rows;
  }
}
