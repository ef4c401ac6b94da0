package dev.omnigraph.jdbc.meta;

import java.sql.SQLException;
import dev.omnigraph.engine.QueryResult;
import dev.omnigraph.engine.ResultColumn;
import dev.omnigraph.engine.meta.ColumnInfo;
import dev.omnigraph.engine.meta.ForeignKey;
import dev.omnigraph.engine.meta.NamePattern;
import dev.omnigraph.engine.meta.TableInfo;
import dev.omnigraph.jdbc.JdbcTypes;
import java.sql.DatabaseMetaData;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The rows of {@code getPrimaryKeys}, {@code getBestRowIdentifier}, {@code getImportedKeys},
 * {@code getExportedKeys} and {@code getCrossReference}.
 *
 * <p>A node table's primary key is its {@code @key} properties, or {@code id} when it has none; an
 * edge table's is {@code id}. Each edge table holds two foreign keys, {@code src} and
 * {@code dst}, to the {@code id} of its endpoint node tables ({@code <Edge>_src_fkey},
 * {@code <Edge>_dst_fkey}), which is what makes DBeaver draw the schema as an ER diagram
 * ({@code ecosystem.md} §2.2). The update and delete rules are
 * {@link DatabaseMetaData#importedKeyNoAction}: ids never change, and what removing a node does to
 * its edges is the mutation engine's rule, not a referential action. PK_NAME names the referenced table's primary key when that key is {@code id}, else its
 * {@code <Table>_id_key} unique index.
 */
public final class KeyRows {
  static final List<ResultColumn> PRIMARY_KEYS = List.of(Col.text("TABLE_CAT"), Col.text("TABLE_SCHEM"),
      Col.text("TABLE_NAME"), Col.text("COLUMN_NAME"), Col.integer("KEY_SEQ"), Col.text("PK_NAME"));
  static final List<ResultColumn> FOREIGN_KEYS = List.of(Col.text("PKTABLE_CAT"), Col.text("PKTABLE_SCHEM"),
      Col.text("PKTABLE_NAME"), Col.text("PKCOLUMN_NAME"), Col.text("FKTABLE_CAT"), Col.text("FKTABLE_SCHEM"),
      Col.text("FKTABLE_NAME"), Col.text("FKCOLUMN_NAME"), Col.integer("KEY_SEQ"), Col.integer("UPDATE_RULE"),
      Col.integer("DELETE_RULE"), Col.text("FK_NAME"), Col.text("PK_NAME"), Col.integer("DEFERRABILITY"));
  static final List<ResultColumn> BEST_ROW = List.of(Col.integer("SCOPE"), Col.text("COLUMN_NAME"),
      Col.integer("DATA_TYPE"), Col.text("TYPE_NAME"), Col.integer("COLUMN_SIZE"), Col.integer("BUFFER_LENGTH"),
      Col.integer("DECIMAL_DIGITS"), Col.integer("PSEUDO_COLUMN"));

  private KeyRows() {}

  /** The primary key columns of the selected tables, ordered by COLUMN_NAME as JDBC asks. */
  public static QueryResult primaryKeys(Scope scope, String catalog, String schemaPattern, String tablePattern) throws SQLException {
    List<Object[]> rows = new ArrayList<>();
    for (Scope.SchemaTable t : scope.tables(catalog, schemaPattern, tablePattern)) {
      List<String> key = t.table().primaryKey();
      for (int i = 0; i < key.size(); i++) {
        rows.add(new Object[] {scope.catalog(), t.schema(), t.table().name(), key.get(i), i + 1, t.table().primaryKeyName()});
      }
    }
    rows.sort(Comparator.comparing((Object[] r) -> (String) r[3]));
    return new QueryResult(PRIMARY_KEYS, rows);
  }

  /**
   * The primary key columns as the best row identifier, valid for the session
   * ({@link DatabaseMetaData#bestRowSession}) whatever {@code scope} and {@code nullable} ask:
   * they are never null and never change.
   */
  public static QueryResult bestRowIdentifier(Scope scope, String catalog, String schemaPattern, String tablePattern) throws SQLException {
    List<Object[]> rows = new ArrayList<>();
    for (Scope.SchemaTable t : scope.tables(catalog, schemaPattern, tablePattern)) {
      for (String name : t.table().primaryKey()) {
        ColumnInfo column = t.table().column(name).orElseThrow();
        rows.add(new Object[] {DatabaseMetaData.bestRowSession, name, JdbcTypes.sqlType(column.type()),
            JdbcTypes.typeName(column.type()), JdbcTypes.precision(column.type()), null, null,
            DatabaseMetaData.bestRowNotPseudo});
      }
    }
    return new QueryResult(BEST_ROW, rows);
  }

  /** The foreign keys the selected tables hold, ordered by the referenced table, then KEY_SEQ. */
  public static QueryResult importedKeys(Scope scope, String catalog, String schemaPattern, String tablePattern) throws SQLException {
    return crossReference(scope, catalog, schemaPattern, null, catalog, schemaPattern, tablePattern, true);
  }

  /** The foreign keys that reference the selected tables, ordered by the referencing table. */
  public static QueryResult exportedKeys(Scope scope, String catalog, String schemaPattern, String tablePattern) throws SQLException {
    return crossReference(scope, catalog, schemaPattern, tablePattern, catalog, schemaPattern, null, false);
  }

  /**
   * The foreign keys from the selected foreign tables to the selected primary tables, ordered
   * by the referencing table, then KEY_SEQ.
   */
  public static QueryResult crossReference(Scope scope, String primaryCatalog, String primarySchema,
      String primaryTable, String foreignCatalog, String foreignSchema, String foreignTable) throws SQLException {
    return crossReference(scope, primaryCatalog, primarySchema, primaryTable, foreignCatalog, foreignSchema,
        foreignTable, false);
  }

  private static QueryResult crossReference(Scope scope, String primaryCatalog, String primarySchema,
      String primaryTable, String foreignCatalog, String foreignSchema, String foreignTable, boolean byPrimaryTable) throws SQLException {
    NamePattern primaryTables = NamePattern.of(primaryTable);
    List<String> primarySchemas = scope.schemas(primaryCatalog, primarySchema);
    List<Object[]> rows = new ArrayList<>();
    for (Scope.SchemaTable t : scope.tables(foreignCatalog, foreignSchema, foreignTable)) {
      if (!primarySchemas.contains(t.schema())) {
        continue;
      }
      for (ForeignKey key : t.table().foreignKeys()) {
        if (primaryTables.matches(key.referencedTable())) {
          rows.add(row(scope, t.schema(), key));
        }
      }
    }
    int sortColumn = byPrimaryTable ? 2 : 6;
    rows.sort(Comparator.comparing((Object[] r) -> (String) r[sortColumn]).thenComparing(r -> (String) r[11]));
    return new QueryResult(FOREIGN_KEYS, rows);
  }

  private static Object[] row(Scope scope, String schema, ForeignKey key) throws SQLException {
    TableInfo referenced = scope.graph().table(key.referencedTable()).orElseThrow();
    String pkName = referenced.primaryKey().equals(List.of(key.referencedColumn()))
        ? referenced.primaryKeyName() : referenced.name() + "_id_key";
    return new Object[] {scope.catalog(), schema, key.referencedTable(), key.referencedColumn(), scope.catalog(),
        schema, key.table(), key.column(), 1, DatabaseMetaData.importedKeyNoAction,
        DatabaseMetaData.importedKeyNoAction, key.name(), pkName, DatabaseMetaData.importedKeyNotDeferrable};
  }
}
