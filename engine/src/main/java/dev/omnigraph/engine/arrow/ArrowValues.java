package dev.omnigraph.engine.arrow;

import dev.omnigraph.compiler.schema.PropType;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.arrow.vector.BigIntVector;
import org.apache.arrow.vector.BitVector;
import org.apache.arrow.vector.DateDayVector;
import org.apache.arrow.vector.DateMilliVector;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.Float4Vector;
import org.apache.arrow.vector.Float8Vector;
import org.apache.arrow.vector.IntVector;
import org.apache.arrow.vector.LargeVarBinaryVector;
import org.apache.arrow.vector.UInt4Vector;
import org.apache.arrow.vector.UInt8Vector;
import org.apache.arrow.vector.ValueVector;
import org.apache.arrow.vector.VarCharVector;
import org.apache.arrow.vector.complex.FixedSizeListVector;
import org.apache.arrow.vector.complex.ListVector;

/**
 * Converts between Arrow vectors and the engine's Java values (see
 * {@link dev.omnigraph.engine.ResultColumn} for the mapping). Stateless.
 */
public final class ArrowValues {
  private ArrowValues() {}

  /** The Java value at {@code index} of a vector holding values of {@code type}; null when unset. */
  public static Object read(ValueVector vector, int index, PropType type) {
    if (vector.isNull(index)) {
      return null;
    }
    if (type.list()) {
      ListVector list = (ListVector) vector;
      int start = list.getElementStartIndex(index);
      int end = list.getElementEndIndex(index);
      PropType element = type.elementType();
      List<Object> out = new ArrayList<>(end - start);
      for (int i = start; i < end; i++) {
        out.add(read(list.getDataVector(), i, element));
      }
      return out;
    }
    return switch (type.scalar()) {
      case STRING -> new String(((VarCharVector) vector).get(index), StandardCharsets.UTF_8);
      case BOOL -> ((BitVector) vector).get(index) != 0;
      case I32 -> ((IntVector) vector).get(index);
      case I64 -> ((BigIntVector) vector).get(index);
      case U32 -> ((UInt4Vector) vector).get(index) & 0xFFFF_FFFFL;
      case U64 -> ((UInt8Vector) vector).get(index);
      case F32 -> ((Float4Vector) vector).get(index);
      case F64 -> ((Float8Vector) vector).get(index);
      case DATE -> LocalDate.ofEpochDay(((DateDayVector) vector).get(index));
      case DATETIME -> Instant.ofEpochMilli(((DateMilliVector) vector).get(index));
      case BLOB -> ((LargeVarBinaryVector) vector).get(index);
      case VECTOR -> readVector((FixedSizeListVector) vector, index, type.vectorDim());
    };
  }

  private static float[] readVector(FixedSizeListVector vector, int index, int dim) {
    Float4Vector data = (Float4Vector) vector.getDataVector();
    float[] out = new float[dim];
    for (int i = 0; i < dim; i++) {
      out[i] = data.get(index * dim + i);
    }
    return out;
  }

  /**
   * Writes {@code value} (already of the Java class {@link #read} returns for {@code type}, or null)
   * at {@code index}, growing the vector as needed.
   */
  public static void write(FieldVector vector, int index, Object value, PropType type) {
    if (value == null) {
      writeNull(vector, index);
      return;
    }
    if (type.list()) {
      ListVector list = (ListVector) vector;
      List<?> items = (List<?>) value;
      int offset = list.startNewValue(index);
      FieldVector data = list.getDataVector();
      PropType element = type.elementType();
      for (int i = 0; i < items.size(); i++) {
        write(data, offset + i, items.get(i), element);
      }
      list.endValue(index, items.size());
      return;
    }
    switch (type.scalar()) {
      case STRING -> ((VarCharVector) vector).setSafe(index, ((String) value).getBytes(StandardCharsets.UTF_8));
      case BOOL -> ((BitVector) vector).setSafe(index, ((Boolean) value) ? 1 : 0);
      case I32 -> ((IntVector) vector).setSafe(index, (Integer) value);
      case I64 -> ((BigIntVector) vector).setSafe(index, (Long) value);
      case U32 -> ((UInt4Vector) vector).setSafe(index, (int) (long) (Long) value);
      case U64 -> ((UInt8Vector) vector).setSafe(index, (Long) value);
      case F32 -> ((Float4Vector) vector).setSafe(index, (Float) value);
      case F64 -> ((Float8Vector) vector).setSafe(index, (Double) value);
      case DATE -> ((DateDayVector) vector).setSafe(index, (int) ((LocalDate) value).toEpochDay());
      case DATETIME -> ((DateMilliVector) vector).setSafe(index, ((Instant) value).toEpochMilli());
      case BLOB -> ((LargeVarBinaryVector) vector).setSafe(index, (byte[]) value);
      case VECTOR -> writeVector((FixedSizeListVector) vector, index, (float[]) value);
    }
  }

  private static void writeVector(FixedSizeListVector vector, int index, float[] value) {
    Float4Vector data = (Float4Vector) vector.getDataVector();
    vector.setNotNull(index);
    int dim = value.length;
    for (int i = 0; i < dim; i++) {
      data.setSafe(index * dim + i, value[i]);
    }
    data.setValueCount(Math.max(data.getValueCount(), (index + 1) * dim));
  }

  private static void writeNull(FieldVector vector, int index) {
    if (vector instanceof ListVector list) {
      list.setNull(index);
    } else if (vector instanceof FixedSizeListVector fixed) {
      fixed.setNull(index);
      Float4Vector data = (Float4Vector) fixed.getDataVector();
      int dim = fixed.getListSize();
      for (int i = 0; i < dim; i++) {
        data.setNull(index * dim + i);
      }
      data.setValueCount(Math.max(data.getValueCount(), (index + 1) * dim));
    } else if (vector instanceof org.apache.arrow.vector.BaseFixedWidthVector fixedWidth) {
      fixedWidth.setNull(index);
    } else if (vector instanceof org.apache.arrow.vector.BaseVariableWidthVector variable) {
      variable.setNull(index);
    } else if (vector instanceof org.apache.arrow.vector.BaseLargeVariableWidthVector large) {
      large.setNull(index);
    } else {
      throw new IllegalArgumentException("cannot write null into " + vector.getField());
    }
  }
}
