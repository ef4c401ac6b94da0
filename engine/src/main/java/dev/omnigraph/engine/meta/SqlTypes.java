package dev.omnigraph.engine.meta;

import dev.omnigraph.compiler.schema.PropType;
import dev.omnigraph.compiler.schema.ScalarType;
import java.sql.Types;

/**
 * The SQL view of OmniGraph property types, shared by the JDBC driver and the Flight SQL server
 * so both describe columns alike:
 *
 * <pre>
 * OmniGraph            java.sql.Types            type name                 precision
 * String, enum(...)    VARCHAR                   VARCHAR                   longest enum value, else unbounded
 * Bool                 BOOLEAN                   BOOLEAN                   1
 * I32                  INTEGER                   INTEGER                   10
 * I64, U32, U64        BIGINT                    BIGINT                    19 (U64 20)
 * F32                  REAL                      REAL                      7
 * F64                  DOUBLE                    DOUBLE                    15
 * Date                 DATE                      DATE                      10
 * DateTime             TIMESTAMP_WITH_TIMEZONE   TIMESTAMP WITH TIME ZONE  24
 * Blob                 BLOB                      BLOB                      unbounded
 * [T]                  ARRAY                     T's name + " ARRAY"       unbounded
 * Vector(n)            ARRAY                     REAL ARRAY                unbounded
 * </pre>
 *
 * Unbounded is {@link Integer#MAX_VALUE}. Stateless.
 */
public final class SqlTypes {
  private SqlTypes() {}

  /** The {@link Types} code of the type. */
  public static int code(PropType type) {
    if (isArray(type)) {
      return Types.ARRAY;
    }
    return switch (type.scalar()) {
      case STRING -> Types.VARCHAR;
      case BLOB -> Types.BLOB;
      case BOOL -> Types.BOOLEAN;
      case I32 -> Types.INTEGER;
      case I64, U32, U64 -> Types.BIGINT;
      case F32 -> Types.REAL;
      case F64 -> Types.DOUBLE;
      case DATE -> Types.DATE;
      case DATETIME -> Types.TIMESTAMP_WITH_TIMEZONE;
      case VECTOR -> Types.ARRAY;
    };
  }

  /** The SQL name of the type, e.g. {@code INTEGER}, {@code VARCHAR ARRAY}. */
  public static String name(PropType type) {
    if (isArray(type)) {
      return name(elementType(type)) + " ARRAY";
    }
    return switch (type.scalar()) {
      case STRING -> "VARCHAR";
      case BLOB -> "BLOB";
      case BOOL -> "BOOLEAN";
      case I32 -> "INTEGER";
      case I64, U32, U64 -> "BIGINT";
      case F32 -> "REAL";
      case F64 -> "DOUBLE";
      case DATE -> "DATE";
      case DATETIME -> "TIMESTAMP WITH TIME ZONE";
      case VECTOR -> "REAL ARRAY";
    };
  }

  /** True for lists and vectors, which SQL surfaces present as ARRAY columns. */
  public static boolean isArray(PropType type) {
    return type.list() || type.scalar() == ScalarType.VECTOR;
  }

  /**
   * The type of an array's elements: a list's element type, or F32 for a vector; elements may be
   * null.
   *
   * @throws IllegalArgumentException when the type is not an array
   */
  public static PropType elementType(PropType type) {
    if (type.list()) {
      return type.elementType().withNullable(true);
    }
    if (type.scalar() == ScalarType.VECTOR) {
      return PropType.of(ScalarType.F32, true);
    }
    throw new IllegalArgumentException("not an array type: " + type);
  }

  /**
   * The column size JDBC reports as precision: decimal digits for numbers (INTEGER 10, BIGINT 19
   * or 20 for U64, REAL 7, DOUBLE 15), characters for dates and times (DATE 10, DateTime 24 as in
   * {@code 2026-04-14T00:00:00.000Z}), the longest value for enums, BOOLEAN 1, and
   * {@link Integer#MAX_VALUE} for unbounded strings, blobs and arrays.
   */
  public static int precision(PropType type) {
    if (isArray(type)) {
      return Integer.MAX_VALUE;
    }
    if (type.isEnum()) {
      return type.enumValues().stream().mapToInt(String::length).max().orElse(0);
    }
    return switch (type.scalar()) {
      case STRING, BLOB, VECTOR -> Integer.MAX_VALUE;
      case BOOL -> 1;
      case I32 -> 10;
      case I64, U32 -> 19;
      case U64 -> 20;
      case F32 -> 7;
      case F64 -> 15;
      case DATE -> 10;
      case DATETIME -> 24;
    };
  }
}
