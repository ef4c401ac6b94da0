package dev.omnigraph.compiler.schema;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The type of a property, parameter or result column ({@code pg-schema.md} §1.3): a scalar, whether
 * it is a list {@code [T]}, whether it is nullable {@code T?}, the sorted, de-duplicated values of
 * an {@code enum(...)} (null when not an enum), and the dimension of a {@code Vector(n)} (0 otherwise).
 */
public record PropType(ScalarType scalar, boolean list, boolean nullable, List<String> enumValues, int vectorDim) {

  public PropType {
    enumValues = enumValues == null ? null : List.copyOf(enumValues);
  }

  /** A non-list, non-enum scalar type. */
  public static PropType of(ScalarType scalar, boolean nullable) {
    return new PropType(scalar, false, nullable, null, 0);
  }

  /** True when the type is an {@code enum(...)} (a String restricted to a value set). */
  public boolean isEnum() {
    return enumValues != null;
  }

  /** The same type with the given nullability. */
  public PropType withNullable(boolean value) {
    return new PropType(scalar, list, value, enumValues, vectorDim);
  }

  /** The element type of a list type (not nullable), or this type when not a list. */
  public PropType elementType() {
    return list ? new PropType(scalar, false, false, enumValues, vectorDim) : this;
  }

  /** The display form of {@code pg-schema.md} §1.3: {@code enum(a, b)}, {@code [String]}, {@code I32?}. */
  @Override
  public String toString() {
    String base;
    if (enumValues != null) {
      base = enumValues.stream().collect(Collectors.joining(", ", "enum(", ")"));
    } else if (scalar == ScalarType.VECTOR) {
      base = "Vector(" + vectorDim + ")";
    } else {
      base = scalar.spelling();
    }
    if (list) {
      base = "[" + base + "]";
    }
    return nullable ? base + "?" : base;
  }
}
