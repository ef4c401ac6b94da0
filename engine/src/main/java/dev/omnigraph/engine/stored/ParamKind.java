package dev.omnigraph.engine.stored;

import dev.omnigraph.compiler.schema.PropType;
import java.util.Locale;

/**
 * The closed set of parameter kinds of the stored-query catalog ({@code surface.md} §5,
 * {@code gq-language.md} §11), decomposed so a client can build a JSON Schema with a closed
 * switch: {@code string} (String and enums), {@code bool}, {@code int} (I32, U32), {@code bigint}
 * (I64, U64), {@code float} (F32, F64), {@code date}, {@code datetime}, {@code blob},
 * {@code vector}, {@code list}.
 */
public enum ParamKind {
  STRING,
  BOOL,
  INT,
  BIGINT,
  FLOAT,
  DATE,
  DATETIME,
  BLOB,
  VECTOR,
  LIST;

  /** The kind of a declared type; a list type is {@link #LIST} whatever its elements. */
  public static ParamKind of(PropType type) {
    if (type.list()) {
      return LIST;
    }
    return switch (type.scalar()) {
      case STRING -> STRING;
      case BOOL -> BOOL;
      case I32, U32 -> INT;
      case I64, U64 -> BIGINT;
      case F32, F64 -> FLOAT;
      case DATE -> DATE;
      case DATETIME -> DATETIME;
      case BLOB -> BLOB;
      case VECTOR -> VECTOR;
    };
  }

  /** The catalog spelling: the lower-case name, e.g. {@code bigint}. */
  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }
}
