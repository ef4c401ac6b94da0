package dev.omnigraph.jdbc.meta;

import java.sql.SQLException;
import dev.omnigraph.compiler.schema.PropType;
import dev.omnigraph.engine.QueryResult;
import dev.omnigraph.engine.ResultColumn;
import dev.omnigraph.engine.meta.NamePattern;
import dev.omnigraph.engine.stored.StoredParam;
import dev.omnigraph.jdbc.JdbcTypes;
import java.sql.DatabaseMetaData;
import java.util.ArrayList;
import java.util.List;

/**
 * The rows of {@code getProcedures}, {@code getProcedureColumns}, {@code getFunctions} and
 * {@code getFunctionColumns}: the graph's stored queries ({@code gq-language.md} §11), run with
 * {@code CALL name(?, ...)}. Each is listed in every schema (branch) under its declared name, which
 * is also its SPECIFIC_NAME; REMARKS is its {@code @description} ({@code [mutation]} first for a
 * mutation). Its columns are the declared parameters as IN columns, in declaration order (the
 * order of the {@code CALL} arguments), then the result columns ({@code procedureColumnResult},
 * {@code functionColumnResult}) of a read query. The same queries are listed as procedures and as
 * table functions ({@link DatabaseMetaData#functionReturnsTable}); DBeaver notices the duplicate
 * and shows one ({@code ecosystem.md} §2.2). Ordered by schema and name.
 */
public final class ProcedureRows {
  static final List<ResultColumn> PROCEDURES = List.of(Col.text("PROCEDURE_CAT"), Col.text("PROCEDURE_SCHEM"),
      Col.text("PROCEDURE_NAME"), Col.text("RESERVED1"), Col.text("RESERVED2"), Col.text("RESERVED3"),
      Col.text("REMARKS"), Col.integer("PROCEDURE_TYPE"), Col.text("SPECIFIC_NAME"));
  static final List<ResultColumn> PROCEDURE_COLUMNS = List.of(Col.text("PROCEDURE_CAT"), Col.text("PROCEDURE_SCHEM"),
      Col.text("PROCEDURE_NAME"), Col.text("COLUMN_NAME"), Col.integer("COLUMN_TYPE"), Col.integer("DATA_TYPE"),
      Col.text("TYPE_NAME"), Col.integer("PRECISION"), Col.integer("LENGTH"), Col.integer("SCALE"),
      Col.integer("RADIX"), Col.integer("NULLABLE"), Col.text("REMARKS"), Col.text("COLUMN_DEF"),
      Col.integer("SQL_DATA_TYPE"), Col.integer("SQL_DATETIME_SUB"), Col.integer("CHAR_OCTET_LENGTH"),
      Col.integer("ORDINAL_POSITION"), Col.text("IS_NULLABLE"), Col.text("SPECIFIC_NAME"));
  static final List<ResultColumn> FUNCTIONS = List.of(Col.text("FUNCTION_CAT"), Col.text("FUNCTION_SCHEM"),
      Col.text("FUNCTION_NAME"), Col.text("REMARKS"), Col.integer("FUNCTION_TYPE"), Col.text("SPECIFIC_NAME"));
  static final List<ResultColumn> FUNCTION_COLUMNS = List.of(Col.text("FUNCTION_CAT"), Col.text("FUNCTION_SCHEM"),
      Col.text("FUNCTION_NAME"), Col.text("COLUMN_NAME"), Col.integer("COLUMN_TYPE"), Col.integer("DATA_TYPE"),
      Col.text("TYPE_NAME"), Col.integer("PRECISION"), Col.integer("LENGTH"), Col.integer("SCALE"),
      Col.integer("RADIX"), Col.integer("NULLABLE"), Col.text("REMARKS"), Col.integer("CHAR_OCTET_LENGTH"),
      Col.integer("ORDINAL_POSITION"), Col.text("IS_NULLABLE"), Col.text("SPECIFIC_NAME"));

  private ProcedureRows() {}

  /**
   * The stored queries the patterns select, as procedures: a read returns a result
   * ({@code procedureReturnsResult}), a mutation an update count ({@code procedureNoResult}).
   */
  public static QueryResult procedures(Scope scope, List<Routine> routines, String catalog, String schemaPattern,
      String namePattern) throws SQLException {
    List<Object[]> rows = new ArrayList<>();
    for (String schema : scope.schemas(catalog, schemaPattern)) {
      for (Routine routine : selected(routines, namePattern)) {
        rows.add(new Object[] {scope.catalog(), schema, routine.query().name(), null, null, null, remarks(routine),
            routine.query().mutation() ? DatabaseMetaData.procedureNoResult : DatabaseMetaData.procedureReturnsResult,
            routine.query().name()});
      }
    }
    return new QueryResult(PROCEDURES, rows);
  }

  /** The parameters and result columns the patterns select, as procedure columns. */
  public static QueryResult procedureColumns(Scope scope, List<Routine> routines, String catalog,
      String schemaPattern, String namePattern, String columnPattern) throws SQLException {
    List<Object[]> rows = new ArrayList<>();
    for (Object[] c : columns(scope, routines, catalog, schemaPattern, namePattern, columnPattern, true)) {
      rows.add(new Object[] {c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7], c[8], 0, c[9], c[10], null, null,
          null, null, null, c[11], c[12], c[2]});
    }
    return new QueryResult(PROCEDURE_COLUMNS, rows);
  }

  /** The stored queries the patterns select, as functions that return a table. */
  public static QueryResult functions(Scope scope, List<Routine> routines, String catalog, String schemaPattern,
      String namePattern) throws SQLException {
    List<Object[]> rows = new ArrayList<>();
    for (String schema : scope.schemas(catalog, schemaPattern)) {
      for (Routine routine : selected(routines, namePattern)) {
        rows.add(new Object[] {scope.catalog(), schema, routine.query().name(), remarks(routine),
            DatabaseMetaData.functionReturnsTable, routine.query().name()});
      }
    }
    return new QueryResult(FUNCTIONS, rows);
  }

  /** The parameters and result columns the patterns select, as function columns. */
  public static QueryResult functionColumns(Scope scope, List<Routine> routines, String catalog,
      String schemaPattern, String namePattern, String columnPattern) throws SQLException {
    List<Object[]> rows = new ArrayList<>();
    for (Object[] c : columns(scope, routines, catalog, schemaPattern, namePattern, columnPattern, false)) {
      rows.add(new Object[] {c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7], c[8], 0, c[9], c[10], null, null,
          c[11], c[12], c[2]});
    }
    return new QueryResult(FUNCTION_COLUMNS, rows);
  }

  /**
   * Shared column facts: catalog, schema, routine, column, column type, data type, type name,
   * precision, length, radix, nullable, ordinal position, is-nullable.
   */
  private static List<Object[]> columns(Scope scope, List<Routine> routines, String catalog, String schemaPattern,
      String namePattern, String columnPattern, boolean procedure) throws SQLException {
    NamePattern columns = NamePattern.of(columnPattern);
    List<Object[]> out = new ArrayList<>();
    int in = procedure ? DatabaseMetaData.procedureColumnIn : DatabaseMetaData.functionColumnIn;
    int result = procedure ? DatabaseMetaData.procedureColumnResult : DatabaseMetaData.functionColumnResult;
    for (String schema : scope.schemas(catalog, schemaPattern)) {
      for (Routine routine : selected(routines, namePattern)) {
        int position = 1;
        for (StoredParam param : routine.query().params()) {
          if (columns.matches(param.name())) {
            out.add(facts(scope.catalog(), schema, routine, param.name(), in, param.type(), position));
          }
          position++;
        }
        int resultPosition = 1;
        for (ResultColumn column : routine.columns()) {
          if (columns.matches(column.name())) {
            out.add(facts(scope.catalog(), schema, routine, column.name(), result, column.type(), resultPosition));
          }
          resultPosition++;
        }
      }
    }
    return out;
  }

  private static Object[] facts(String catalog, String schema, Routine routine, String column, int columnType,
      PropType type, int position) {
    boolean nullable = type.nullable();
    return new Object[] {catalog, schema, routine.query().name(), column, columnType, JdbcTypes.sqlType(type),
        JdbcTypes.typeName(type), JdbcTypes.precision(type), JdbcTypes.precision(type),
        type.scalar().isNumeric() && !JdbcTypes.isArray(type) ? 10 : null,
        nullable ? DatabaseMetaData.procedureNullable : DatabaseMetaData.procedureNoNulls, position,
        nullable ? "YES" : "NO"};
  }

  private static List<Routine> selected(List<Routine> routines, String namePattern) {
    NamePattern names = NamePattern.of(namePattern);
    return routines.stream().filter(r -> names.matches(r.query().name())).toList();
  }

  private static String remarks(Routine routine) {
    String description = routine.query().description() == null ? "" : routine.query().description();
    return routine.query().mutation() ? ("[mutation] " + description).trim() : description;
  }
}
