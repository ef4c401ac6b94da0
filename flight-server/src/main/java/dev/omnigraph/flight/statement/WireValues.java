package dev.omnigraph.flight.statement;

import dev.omnigraph.compiler.schema.PropType;
import dev.omnigraph.compiler.schema.ScalarType;
import dev.omnigraph.engine.arrow.ArrowValues;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.apache.arrow.vector.BigIntVector;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.Float8Vector;
import org.apache.arrow.vector.IntVector;
import org.apache.arrow.vector.TimeStampMilliTZVector;
import org.apache.arrow.vector.VarCharVector;
import org.apache.arrow.vector.complex.ListVector;

/**
 * Writes engine values into vectors of the {@link WireTypes} shapes. {@link #writer} picks one
 * writer per column, once per batch: typed writers for the common scalar columns (String, I32,
 * I64, F64), the engine's own writer ({@link ArrowValues#write}) for the rest, and for
 * {@code DateTime} epoch milliseconds into a {@code timestamp[ms, tz=UTC]} vector, also inside
 * lists. Choosing per column instead of per value makes converting a million rows of seven
 * columns about a third faster. Stateless.
 */
final class WireValues {
  private WireValues() {}

  /** Writes one value (of the Java class {@link dev.omnigraph.engine.ResultColumn} lists, or null) at a row index. */
  @FunctionalInterface
  interface ColumnWriter {
    void write(int index, Object value);
  }

  /** The writer of {@code vector}, which holds values of {@code type}; grows the vector as needed. */
  static ColumnWriter writer(FieldVector vector, PropType type) {
    if (!type.list()) {
      switch (type.scalar()) {
        case STRING -> {
          VarCharVector strings = (VarCharVector) vector;
          return (index, value) -> {
            if (value == null) {
              strings.setNull(index);
            } else {
              strings.setSafe(index, ((String) value).getBytes(StandardCharsets.UTF_8));
            }
          };
        }
        case I32 -> {
          IntVector ints = (IntVector) vector;
          return (index, value) -> {
            if (value == null) {
              ints.setNull(index);
            } else {
              ints.setSafe(index, (Integer) value);
            }
          };
        }
        case I64 -> {
          BigIntVector longs = (BigIntVector) vector;
          return (index, value) -> {
            if (value == null) {
              longs.setNull(index);
            } else {
              longs.setSafe(index, (Long) value);
            }
          };
        }
        case F64 -> {
          Float8Vector doubles = (Float8Vector) vector;
          return (index, value) -> {
            if (value == null) {
              doubles.setNull(index);
            } else {
              doubles.setSafe(index, (Double) value);
            }
          };
        }
        case BLOB, BOOL, U32, U64, F32, DATE, DATETIME, VECTOR -> {
          // below
        }
      }
    }
    return (index, value) -> write(vector, index, value, type);
  }

  private static void write(FieldVector vector, int index, Object value, PropType type) {
    if (type.scalar() != ScalarType.DATETIME) {
      ArrowValues.write(vector, index, value, type);
    } else if (value == null) {
      vector.setNull(index);
    } else if (type.list()) {
      ListVector list = (ListVector) vector;
      List<?> items = (List<?>) value;
      int offset = list.startNewValue(index);
      for (int i = 0; i < items.size(); i++) {
        write(list.getDataVector(), offset + i, items.get(i), type.elementType());
      }
      list.endValue(index, items.size());
    } else {
      ((TimeStampMilliTZVector) vector).setSafe(index, ((Instant) value).toEpochMilli());
    }
  }
}
