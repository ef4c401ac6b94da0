package dev.omnigraph.flight.meta;

import dev.omnigraph.compiler.schema.PropType;
import dev.omnigraph.compiler.schema.ScalarType;
import java.sql.Types;

/**
 * The SQL names and JDBC codes of OmniGraph types, the same as the embedded JDBC driver reports:
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
 * Blob                 VARBINARY                 VARBINARY                 unbounded
 * [T], Vector(n)       ARRAY                     T's name + " ARRAY"       unbounded
 * </pre>
 *
 * Unbounded is {@link Integer#MAX_VALUE}. Stateless.
 */
final class SqlTypeNames {
  private SqlTypeNames() {}

  /** The {@link Types} code. */
  static int code(PropType type) {
    if (isArray(type)) {
      return Types.ARRAY;
    }
    return switch (type.scalar()) {
      case STRING -> Types.VARCHAR;
      case BLOB -> Types.VARBINARY;
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

  /** The SQL type name, e.g. {@code INTEGER}, {@code VARCHAR ARRAY}. */
  static String name(PropType type) {
    if (type.list()) {
      return name(type.elementType()) + " ARRAY";
    }
    return switch (type.scalar()) {
      case STRING -> "VARCHAR";
      case BLOB -> "VARBINARY";
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

  /** The precision in the class table. */
  static int precision(PropType type) {
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

  private static boolean isArray(PropType type) {
    return type.list() || type.scalar() == ScalarType.VECTOR;
  }
}
