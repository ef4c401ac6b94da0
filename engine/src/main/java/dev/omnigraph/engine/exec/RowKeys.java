package dev.omnigraph.engine.exec;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;

/**
 * Hashable keys of row values for SQL joins, set operations and grouping: numbers that
 * {@link Values#equal} calls equal hash alike (integers as Long, floats as Double), arrays compare
 * by content. Stateless.
 */
final class RowKeys {
  private RowKeys() {}

  /** The key of {@code row[fields[i]]} for each field, or null when {@code nullRejecting} and one is null. */
  static List<Object> of(Object[] row, List<Integer> fields, boolean nullRejecting) {
    List<Object> key = new ArrayList<>(fields.size());
    for (int field : fields) {
      Object value = row[field];
      if (value == null && nullRejecting) {
        return null;
      }
      key.add(normalize(value));
    }
    return key;
  }

  /** The key of a whole row; nulls equal each other, as set operations want. */
  static List<Object> ofRow(Object[] row) {
    List<Object> key = new ArrayList<>(row.length);
    for (Object value : row) {
      key.add(normalize(value));
    }
    return key;
  }

  private static Object normalize(Object value) {
    if (value instanceof Integer || value instanceof Short || value instanceof Byte) {
      return ((Number) value).longValue();
    }
    if (value instanceof Float f) {
      return Double.parseDouble(f.toString());
    }
    if (value instanceof Double d && d == Math.rint(d) && Math.abs(d) < 9.0e15) {
      return d.longValue();
    }
    if (value instanceof byte[] bytes) {
      return ByteBuffer.wrap(bytes);
    }
    if (value instanceof float[] floats) {
      List<Double> out = new ArrayList<>(floats.length);
      for (float f : floats) {
        out.add((double) f);
      }
      return out;
    }
    return value;
  }
}
