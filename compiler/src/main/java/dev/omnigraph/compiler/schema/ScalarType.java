package dev.omnigraph.compiler.schema;

/**
 * The base types of {@code .pg} properties and {@code .gq} parameters ({@code pg-schema.md} §1.3).
 * {@link #VECTOR} stands for {@code Vector(n)}; its dimension lives in {@link PropType}.
 */
public enum ScalarType {
  STRING("String"),
  BLOB("Blob"),
  BOOL("Bool"),
  I32("I32"),
  I64("I64"),
  U32("U32"),
  U64("U64"),
  F32("F32"),
  F64("F64"),
  DATE("Date"),
  DATETIME("DateTime"),
  VECTOR("Vector");

  private final String spelling;

  ScalarType(String spelling) {
    this.spelling = spelling;
  }

  /** The type as written in {@code .pg} and {@code .gq} source. */
  public String spelling() {
    return spelling;
  }

  /** True for the six integer and float types, which compare with each other. */
  public boolean isNumeric() {
    return switch (this) {
      case I32, I64, U32, U64, F32, F64 -> true;
      default -> false;
    };
  }

  /** True for the four integer types. */
  public boolean isInteger() {
    return switch (this) {
      case I32, I64, U32, U64 -> true;
      default -> false;
    };
  }

  /** The type named by a base-type keyword ({@code String}, {@code I32}, ...), or null. */
  public static ScalarType fromSpelling(String text) {
    for (ScalarType type : values()) {
      if (type != VECTOR && type.spelling.equals(text)) {
        return type;
      }
    }
    return null;
  }
}
