package dev.omnigraph.flight.statement;

import dev.omnigraph.compiler.schema.PropType;
import dev.omnigraph.compiler.schema.ScalarType;
import dev.omnigraph.engine.arrow.ArrowValues;
import java.time.Instant;
import java.util.List;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.TimeStampMilliTZVector;
import org.apache.arrow.vector.complex.ListVector;

/**
 * Writes engine values into vectors of the {@link WireTypes} shapes: the engine's own writer
 * ({@link ArrowValues#write}) for every type but {@code DateTime}, which is written as epoch
 * milliseconds into a {@code timestamp[ms, tz=UTC]} vector, also inside lists. Stateless.
 */
final class WireValues {
  private WireValues() {}

  /**
   * Writes {@code value} (of the Java class {@link dev.omnigraph.engine.ResultColumn} lists for
   * {@code type}, or null) at {@code index}, growing the vector as needed.
   */
  static void write(FieldVector vector, int index, Object value, PropType type) {
    if (!mentionsDateTime(type)) {
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

  private static boolean mentionsDateTime(PropType type) {
    return type.scalar() == ScalarType.DATETIME;
  }
}
