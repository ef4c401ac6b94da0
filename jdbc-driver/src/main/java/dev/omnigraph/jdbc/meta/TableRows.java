package dev.omnigraph.jdbc.meta;

import java.sql.SQLException;
import dev.omnigraph.engine.QueryResult;
import dev.omnigraph.engine.ResultColumn;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The rows of {@code getCatalogs}, {@code getSchemas}, {@code getTableTypes} and
 * {@code getTables}.
 *
 * <p>Every table has the one type {@link #TABLE_TYPE}, node and edge tables alike; the REMARKS
 * say which ({@code "node type; ..."}, {@code "edge Knows: Person -> Person"}). Why not
 * {@code NODE TABLE}/{@code EDGE TABLE}: DBeaver shows any type without {@code VIEW} or
 * {@code SYSTEM} in its name as a table, so custom names would buy nothing there, while tools that
 * ask {@code getTables(..., {"TABLE", "VIEW"})} (Tableau's and Metabase's generic JDBC paths,
 * SQuirreL) would see no table at all ({@code ecosystem.md} §2.2, §2.4). The edge-to-node
 * structure is reported where tools look for it, as foreign keys ({@link KeyRows}).
 */
public final class TableRows {
  /** The table type of every node and edge table. */
  public static final String TABLE_TYPE = "TABLE";

  static final List<ResultColumn> CATALOGS = Col.texts("TABLE_CAT");
  static final List<ResultColumn> SCHEMAS = Col.texts("TABLE_SCHEM", "TABLE_CATALOG");
  static final List<ResultColumn> TABLE_TYPES = Col.texts("TABLE_TYPE");
  static final List<ResultColumn> TABLES = Col.texts("TABLE_CAT", "TABLE_SCHEM", "TABLE_NAME", "TABLE_TYPE",
      "REMARKS", "TYPE_CAT", "TYPE_SCHEM", "TYPE_NAME", "SELF_REFERENCING_COL_NAME", "REF_GENERATION");

  private TableRows() {}

  /** One row: the graph. */
  public static QueryResult catalogs(Scope scope) {
    List<Object[]> rows = new ArrayList<>();
    rows.add(new Object[] {scope.catalog()});
    return new QueryResult(CATALOGS, rows);
  }

  /** The branches the patterns select, ordered by name: TABLE_SCHEM, TABLE_CATALOG. */
  public static QueryResult schemas(Scope scope, String catalog, String schemaPattern) throws SQLException {
    List<Object[]> rows = new ArrayList<>();
    for (String schema : scope.schemas(catalog, schemaPattern)) {
      rows.add(new Object[] {schema, scope.catalog()});
    }
    return new QueryResult(SCHEMAS, rows);
  }

  /** One row: {@link #TABLE_TYPE}. */
  public static QueryResult tableTypes() {
    List<Object[]> rows = new ArrayList<>();
    rows.add(new Object[] {TABLE_TYPE});
    return new QueryResult(TABLE_TYPES, rows);
  }

  /**
   * The tables the patterns select, ordered by schema and name; none when {@code types} is given
   * and does not contain {@link #TABLE_TYPE} (compared ignoring case).
   */
  public static QueryResult tables(Scope scope, String catalog, String schemaPattern, String tablePattern, String[] types) throws SQLException {
    List<Object[]> rows = new ArrayList<>();
    if (types == null || Arrays.stream(types).anyMatch(TABLE_TYPE::equalsIgnoreCase)) {
      for (Scope.SchemaTable t : scope.tables(catalog, schemaPattern, tablePattern)) {
        rows.add(new Object[] {scope.catalog(), t.schema(), t.table().name(), TABLE_TYPE, t.table().remarks(),
            null, null, null, null, null});
      }
    }
    return new QueryResult(TABLES, rows);
  }
}
