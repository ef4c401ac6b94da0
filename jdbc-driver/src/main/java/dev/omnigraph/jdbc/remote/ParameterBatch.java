package dev.omnigraph.jdbc.remote;

import dev.omnigraph.compiler.query.ParamDecl;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.vector.BigIntVector;
import org.apache.arrow.vector.BitVector;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.Float8Vector;
import org.apache.arrow.vector.VarBinaryVector;
import org.apache.arrow.vector.VarCharVector;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.complex.ListVector;
import org.apache.arrow.vector.types.FloatingPointPrecision;
import org.apache.arrow.vector.types.pojo.ArrowType;
import org.apache.arrow.vector.types.pojo.Field;
import org.apache.arrow.vector.types.pojo.FieldType;

/**
 * One row of parameter values as the record batch a prepared statement is bound with
 * ({@code DoPut}): one column per open parameter, in order, named after it (so the server binds
 * by name). Values are the JSON-shaped ones the driver keeps ({@code ParameterValues}), and travel
 * in the Arrow type of their Java class, which the server reads back as the same JSON-shaped
 * value for the engine to coerce (its {@code InputValues}), exactly as an embedded execution
 * passes them:
 *
 * <pre>
 * String (also dates and times as ISO text)   utf8
 * Boolean                                     bool
 * Integer, Long, integral BigInteger/Decimal  int64
 * Double, other BigDecimal                    double
 * byte[] (a Blob)                             binary
 * List                                        list of its elements' type (the first non-null one)
 * null                                        null
 * </pre>
 *
 * Stateless.
 */
public final class ParameterBatch {
  private ParameterBatch() {}

  /**
   * The batch binding {@code parameters} to their values in {@code values} (by name; a missing
   * name binds null). The caller owns and closes the root.
   *
   * @throws SQLException SQLSTATE {@code 22023} for a value of another class, a list mixing
   *     element types or a list of lists, naming the parameter
   */
  public static VectorSchemaRoot of(List<ParamDecl> parameters, Map<String, Object> values, BufferAllocator allocator)
      throws SQLException {
    List<Field> fields = new ArrayList<>(parameters.size());
    for (ParamDecl parameter : parameters) {
      fields.add(field(parameter.name(), values.get(parameter.name())));
    }
    VectorSchemaRoot root = VectorSchemaRoot.create(new org.apache.arrow.vector.types.pojo.Schema(fields), allocator);
    try {
      root.allocateNew();
      for (int i = 0; i < parameters.size(); i++) {
        FieldVector vector = root.getVector(i);
        write(vector, 0, values.get(parameters.get(i).name()));
        vector.setValueCount(1);
      }
      root.setRowCount(1);
      return root;
    } catch (RuntimeException e) {
      root.close();
      throw e;
    }
  }

  private static Field field(String name, Object value) throws SQLException {
    if (value instanceof List<?> items) {
      Object first = items.stream().filter(item -> item != null).findFirst().orElse(null);
      if (first instanceof List<?>) {
        throw new SQLException("parameter $" + name + ": a list of lists cannot be bound", "22023");
      }
      ArrowType element = scalarType(name, first);
      for (Object item : items) {
        if (item != null && !scalarType(name, item).equals(element)) {
          throw new SQLException("parameter $" + name + ": the list mixes " + first.getClass().getSimpleName() + " and "
              + item.getClass().getSimpleName() + " elements; bind elements of one type", "22023");
        }
      }
      return new Field(name, FieldType.nullable(ArrowType.List.INSTANCE), List.of(Field.nullable("item", element)));
    }
    return Field.nullable(name, scalarType(name, value));
  }

  private static ArrowType scalarType(String name, Object value) throws SQLException {
    if (value == null) {
      return ArrowType.Null.INSTANCE;
    }
    if (value instanceof String) {
      return ArrowType.Utf8.INSTANCE;
    }
    if (value instanceof Boolean) {
      return ArrowType.Bool.INSTANCE;
    }
    if (value instanceof Integer || value instanceof Long || isIntegral(value)) {
      return new ArrowType.Int(64, true);
    }
    if (value instanceof Double || value instanceof BigDecimal) {
      return new ArrowType.FloatingPoint(FloatingPointPrecision.DOUBLE);
    }
    if (value instanceof byte[]) {
      return ArrowType.Binary.INSTANCE;
    }
    throw new SQLException("parameter $" + name + ": cannot send a " + value.getClass().getName()
        + " to the server; bind a String, number, Boolean, date, timestamp, bytes or List", "22023");
  }

  /** True for a BigInteger or BigDecimal holding an integer that fits a long. */
  private static boolean isIntegral(Object value) {
    BigInteger integer = value instanceof BigInteger big ? big
        : value instanceof BigDecimal decimal && decimal.stripTrailingZeros().scale() <= 0 ? decimal.toBigInteger() : null;
    return integer != null && integer.bitLength() < 64;
  }

  private static void write(FieldVector vector, int index, Object value) {
    if (value == null) {
      if (!(vector.getField().getType() instanceof ArrowType.Null)) {
        vector.setNull(index);
      }
      return;
    }
    if (vector instanceof VarCharVector strings) {
      strings.setSafe(index, ((String) value).getBytes(StandardCharsets.UTF_8));
    } else if (vector instanceof BitVector bools) {
      bools.setSafe(index, (Boolean) value ? 1 : 0);
    } else if (vector instanceof BigIntVector longs) {
      longs.setSafe(index, value instanceof BigDecimal decimal ? decimal.longValueExact() : ((Number) value).longValue());
    } else if (vector instanceof Float8Vector doubles) {
      doubles.setSafe(index, ((Number) value).doubleValue());
    } else if (vector instanceof VarBinaryVector bytes) {
      bytes.setSafe(index, (byte[]) value);
    } else {
      ListVector list = (ListVector) vector;
      List<?> items = (List<?>) value;
      int offset = list.startNewValue(index);
      FieldVector data = list.getDataVector();
      for (int i = 0; i < items.size(); i++) {
        write(data, offset + i, items.get(i));
      }
      data.setValueCount(offset + items.size());
      list.endValue(index, items.size());
    }
  }
}
