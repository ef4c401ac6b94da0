package dev.omnigraph.jdbc;

import dev.omnigraph.compiler.schema.PropType;
import dev.omnigraph.engine.meta.SqlTypes;
import java.sql.Array;
import java.sql.Date;
import java.sql.Types;
import java.time.OffsetDateTime;

/**
 * How OmniGraph types look through JDBC. For a {@link PropType}, in one table:
 *
 * <pre>
 * OmniGraph            java.sql.Types            type name                 getObject class
 * String, enum(...)    VARCHAR                   VARCHAR                   String
 * Bool                 BOOLEAN                   BOOLEAN                   Boolean
 * I32                  INTEGER                   INTEGER                   Integer
 * I64, U32, U64        BIGINT                    BIGINT                    Long
 * F32                  REAL                      REAL                      Float
 * F64                  DOUBLE                    DOUBLE                    Double
 * Date                 DATE                      DATE                      java.sql.Date
 * DateTime             TIMESTAMP_WITH_TIMEZONE   TIMESTAMP WITH TIME ZONE  OffsetDateTime (UTC)
 * Blob                 BLOB                      BLOB                      java.sql.Blob
 * [T]                  ARRAY                     T's name + " ARRAY"       java.sql.Array
 * Vector(n)            ARRAY                     REAL ARRAY                java.sql.Array
 * </pre>
 *
 * <p>U64 values are read as {@link Long}; the engine keeps them at most 2^63-1. Public because
 * the metadata rows ({@code dev.omnigraph.jdbc.meta}) describe columns with it.
 */
public final class JdbcTypes {
  private JdbcTypes() {}

  /** The {@link Types} code of the type ({@link SqlTypes#code}). */
  public static int sqlType(PropType type) {
    return SqlTypes.code(type);
  }

  /** The SQL name of the type, e.g. {@code INTEGER}, {@code VARCHAR ARRAY} ({@link SqlTypes#name}). */
  public static String typeName(PropType type) {
    return SqlTypes.name(type);
  }

  /** The class {@code getObject} returns for a non-null value of the type. */
  public static Class<?> javaClass(PropType type) {
    if (isArray(type)) {
      return Array.class;
    }
    return switch (type.scalar()) {
      case STRING -> String.class;
      case BLOB -> java.sql.Blob.class;
      case BOOL -> Boolean.class;
      case I32 -> Integer.class;
      case I64, U32, U64 -> Long.class;
      case F32 -> Float.class;
      case F64 -> Double.class;
      case DATE -> Date.class;
      case DATETIME -> OffsetDateTime.class;
      case VECTOR -> Array.class;
    };
  }

  /** True for lists and vectors, which JDBC reads as {@link Array}s ({@link SqlTypes#isArray}). */
  public static boolean isArray(PropType type) {
    return SqlTypes.isArray(type);
  }

  /** The type of an array's elements ({@link SqlTypes#elementType}). */
  public static PropType elementType(PropType type) {
    return SqlTypes.elementType(type);
  }

  /** The column size JDBC reports as precision ({@link SqlTypes#precision}). */
  public static int precision(PropType type) {
    return SqlTypes.precision(type);
  }

  /**
   * The widest text of a value in characters: the precision plus a sign for signed integers;
   * for floats the longest Java spelling ({@code -1.17549435E-38}, 15 characters, for REAL;
   * {@code -2.2250738585072014E-308}, 24, for DOUBLE); {@code false}, 5, for BOOLEAN.
   */
  public static int displaySize(PropType type) {
    if (isArray(type)) {
      return Integer.MAX_VALUE;
    }
    return switch (type.scalar()) {
      case BOOL -> 5;
      case F32 -> 15;
      case F64 -> 24;
      case I32, I64 -> precision(type) + 1;
      case STRING, BLOB, VECTOR, U32, U64, DATE, DATETIME -> precision(type);
    };
  }

  /** True for the types whose values may be negative: I32, I64, F32, F64. */
  public static boolean isSigned(PropType type) {
    if (isArray(type)) {
      return false;
    }
    return switch (type.scalar()) {
      case I32, I64, F32, F64 -> true;
      case STRING, BLOB, BOOL, U32, U64, DATE, DATETIME, VECTOR -> false;
    };
  }
}
