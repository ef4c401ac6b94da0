package dev.omnigraph.jdbc.remote;

import dev.omnigraph.compiler.diag.ErrorCode;
import dev.omnigraph.compiler.diag.OmniGraphException;
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
import org.apache.arrow.vector.TimeStampVector;
import org.apache.arrow.vector.UInt4Vector;
import org.apache.arrow.vector.UInt8Vector;
import org.apache.arrow.vector.VarBinaryVector;
import org.apache.arrow.vector.VarCharVector;
import org.apache.arrow.vector.complex.FixedSizeListVector;
import org.apache.arrow.vector.complex.ListVector;

/**
 * Reads the values of a result column from its Arrow vector as the Java classes
 * {@link dev.omnigraph.engine.ResultColumn} documents, so a remote result set converts exactly as
 * an embedded one:
 *
 * <pre>
 * OmniGraph type        wire vector                         Java value
 * String, enum          utf8                                String
 * Bool                  bool                                Boolean
 * I32                   int32                               Integer
 * I64                   int64                               Long
 * U32, U64              uint32, uint64                      Long (U64 as its 64 bits)
 * F32, F64              float, double                       Float, Double
 * Date                  date32 (or date64)                  LocalDate
 * DateTime              timestamp[ms, UTC] (or date64)      Instant
 * Vector(n)             fixed_size_list&lt;float&gt;[n]           float[]
 * Blob                  large_binary (or binary)            byte[]
 * [T]                   list&lt;T&gt;                             List of the above
 * </pre>
 *
 * A null slot is null. Stateless.
 */
public final class ColumnReaders {
  /** Reads the value at a row index of one vector. */
  @FunctionalInterface
  public interface Reader {
    /** The value at {@code index}, or null. */
    Object read(int index);
  }

  private ColumnReaders() {}

  /**
   * The reader of {@code vector}, which holds values of {@code type}.
   *
   * @throws OmniGraphException {@code INTERNAL_ERROR} when the vector's Arrow type is not the wire
   *     type of {@code type}, naming both
   */
  public static Reader reader(FieldVector vector, PropType type) {
    if (type.list()) {
      if (!(vector instanceof ListVector list)) {
        throw mismatch(vector, type);
      }
      Reader element = reader(list.getDataVector(), type.elementType());
      return index -> {
        if (list.isNull(index)) {
          return null;
        }
        int end = list.getElementEndIndex(index);
        List<Object> items = new ArrayList<>(end - list.getElementStartIndex(index));
        for (int i = list.getElementStartIndex(index); i < end; i++) {
          items.add(element.read(i));
        }
        return items;
      };
    }
    Reader reader = switch (type.scalar()) {
      case STRING -> vector instanceof VarCharVector v ? i -> new String(v.get(i), StandardCharsets.UTF_8) : null;
      case BOOL -> vector instanceof BitVector v ? i -> v.get(i) != 0 : null;
      case I32 -> vector instanceof IntVector v ? i -> v.get(i) : null;
      case I64 -> vector instanceof BigIntVector v ? i -> v.get(i) : null;
      case U32 -> vector instanceof UInt4Vector v ? i -> Integer.toUnsignedLong(v.get(i)) : null;
      case U64 -> vector instanceof UInt8Vector v ? i -> v.get(i) : null;
      case F32 -> vector instanceof Float4Vector v ? i -> v.get(i) : null;
      case F64 -> vector instanceof Float8Vector v ? i -> v.get(i) : null;
      case DATE -> vector instanceof DateDayVector v ? i -> LocalDate.ofEpochDay(v.get(i))
          : vector instanceof DateMilliVector v ? i -> LocalDate.ofEpochDay(Math.floorDiv(v.get(i), 86_400_000L)) : null;
      case DATETIME -> vector instanceof TimeStampVector v ? i -> Instant.ofEpochMilli(v.get(i))
          : vector instanceof DateMilliVector v ? i -> Instant.ofEpochMilli(v.get(i)) : null;
      case VECTOR -> vector instanceof FixedSizeListVector v && v.getDataVector() instanceof Float4Vector floats
          ? i -> floats(v, floats, i) : null;
      case BLOB -> vector instanceof LargeVarBinaryVector v ? v::get : vector instanceof VarBinaryVector v ? v::get : null;
    };
    if (reader == null) {
      throw mismatch(vector, type);
    }
    return index -> vector.isNull(index) ? null : reader.read(index);
  }

  private static float[] floats(FixedSizeListVector vector, Float4Vector data, int index) {
    int size = vector.getListSize();
    float[] out = new float[size];
    for (int i = 0; i < size; i++) {
      out[i] = data.get(index * size + i);
    }
    return out;
  }

  private static OmniGraphException mismatch(FieldVector vector, PropType type) {
    return new OmniGraphException(ErrorCode.INTERNAL_ERROR, "column '" + vector.getName() + "' is declared " + type
        + " but arrived as Arrow " + vector.getField().getType() + "; is the server an OmniGraph server of this version?");
  }
}
