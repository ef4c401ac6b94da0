package dev.omnigraph.jdbc.meta;

import dev.omnigraph.compiler.schema.PropType;
import dev.omnigraph.compiler.schema.ScalarType;
import dev.omnigraph.engine.QueryResult;
import dev.omnigraph.engine.ResultColumn;
import dev.omnigraph.jdbc.JdbcTypes;
import java.sql.DatabaseMetaData;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The rows of {@code getTypeInfo}: one per SQL type a column can have ({@link JdbcTypes}):
 * BIGINT, INTEGER, REAL, DOUBLE, VARCHAR, BOOLEAN, DATE, ARRAY, BLOB, TIMESTAMP WITH TIME ZONE,
 * ordered by DATA_TYPE as JDBC asks. LOCAL_TYPE_NAME is the OmniGraph spelling
 * ({@code I64}, {@code DateTime}, ...); no type is auto-incremented; every type is nullable and
 * searchable.
 */
public final class TypeInfoRows {
  static final List<ResultColumn> TYPE_INFO = List.of(Col.text("TYPE_NAME"), Col.integer("DATA_TYPE"),
      Col.integer("PRECISION"), Col.text("LITERAL_PREFIX"), Col.text("LITERAL_SUFFIX"), Col.text("CREATE_PARAMS"),
      Col.integer("NULLABLE"), Col.bool("CASE_SENSITIVE"), Col.integer("SEARCHABLE"), Col.bool("UNSIGNED_ATTRIBUTE"),
      Col.bool("FIXED_PREC_SCALE"), Col.bool("AUTO_INCREMENT"), Col.text("LOCAL_TYPE_NAME"),
      Col.integer("MINIMUM_SCALE"), Col.integer("MAXIMUM_SCALE"), Col.integer("SQL_DATA_TYPE"),
      Col.integer("SQL_DATETIME_SUB"), Col.integer("NUM_PREC_RADIX"));

  private record Spelled(ScalarType scalar, boolean list, String local, String prefix) {}

  private static final List<Spelled> TYPES = List.of(
      new Spelled(ScalarType.I64, false, "I64", null),
      new Spelled(ScalarType.BLOB, false, "Blob", "X'"),
      new Spelled(ScalarType.I32, false, "I32", null),
      new Spelled(ScalarType.F32, false, "F32", null),
      new Spelled(ScalarType.F64, false, "F64", null),
      new Spelled(ScalarType.STRING, false, "String", "'"),
      new Spelled(ScalarType.BOOL, false, "Bool", null),
      new Spelled(ScalarType.DATE, false, "Date", "DATE '"),
      new Spelled(ScalarType.STRING, true, "[T]", null),
      new Spelled(ScalarType.DATETIME, false, "DateTime", "TIMESTAMP '"));

  private TypeInfoRows() {}

  /** Every type, ordered by DATA_TYPE. */
  public static QueryResult typeInfo() {
    List<Object[]> rows = new ArrayList<>();
    for (Spelled spelled : TYPES) {
      PropType type = new PropType(spelled.scalar(), spelled.list(), true, null, 0);
      boolean numeric = spelled.scalar().isNumeric();
      rows.add(new Object[] {spelled.list() ? "ARRAY" : JdbcTypes.typeName(type), JdbcTypes.sqlType(type),
          JdbcTypes.precision(type), spelled.prefix(), spelled.prefix() == null ? null : "'", null,
          DatabaseMetaData.typeNullable, spelled.scalar() == ScalarType.STRING && !spelled.list(),
          spelled.list() ? DatabaseMetaData.typePredNone : DatabaseMetaData.typeSearchable, !JdbcTypes.isSigned(type) && numeric,
          false, false, spelled.local(), 0, 0, null, null, numeric ? 10 : null});
    }
    rows.sort(Comparator.comparing((Object[] r) -> (Integer) r[1]));
    return new QueryResult(TYPE_INFO, rows);
  }
}
