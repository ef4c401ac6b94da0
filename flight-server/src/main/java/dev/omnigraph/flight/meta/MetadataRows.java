package dev.omnigraph.flight.meta;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.arrow.flight.FlightProducer.ServerStreamListener;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.vector.BitVector;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.IntVector;
import org.apache.arrow.vector.UInt1Vector;
import org.apache.arrow.vector.VarBinaryVector;
import org.apache.arrow.vector.VarCharVector;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.complex.ListVector;
import org.apache.arrow.vector.types.pojo.Schema;

/**
 * Sends metadata rows (a few hundred at most) as one record batch of a canonical
 * {@code FlightSqlProducer.Schemas} schema. Values by vector: {@code utf8} String,
 * {@code int32} Integer, {@code uint1} Integer (0-255), {@code bool} Boolean, {@code binary}
 * byte[], {@code list<utf8>} List of String; null for a null. Stateless.
 */
final class MetadataRows {
  private MetadataRows() {}

  /**
   * Sends {@code rows}, each with one value per field of {@code schema}, and completes the
   * listener. The vectors are freed before returning.
   */
  static void send(Schema schema, List<Object[]> rows, BufferAllocator allocator, ServerStreamListener listener) {
    try (VectorSchemaRoot root = VectorSchemaRoot.create(schema, allocator)) {
      root.allocateNew();
      for (int c = 0; c < schema.getFields().size(); c++) {
        FieldVector vector = root.getVector(c);
        for (int r = 0; r < rows.size(); r++) {
          write(vector, r, rows.get(r)[c]);
        }
        vector.setValueCount(rows.size());
      }
      root.setRowCount(rows.size());
      listener.start(root);
      listener.putNext();
      listener.completed();
    }
  }

  private static void write(FieldVector vector, int index, Object value) {
    if (value == null) {
      vector.setNull(index);
      return;
    }
    if (vector instanceof VarCharVector text) {
      text.setSafe(index, ((String) value).getBytes(StandardCharsets.UTF_8));
    } else if (vector instanceof IntVector ints) {
      ints.setSafe(index, (Integer) value);
    } else if (vector instanceof UInt1Vector bytes) {
      bytes.setSafe(index, (Integer) value);
    } else if (vector instanceof BitVector bits) {
      bits.setSafe(index, ((Boolean) value) ? 1 : 0);
    } else if (vector instanceof VarBinaryVector binary) {
      binary.setSafe(index, (byte[]) value);
    } else if (vector instanceof ListVector list) {
      List<?> items = (List<?>) value;
      int offset = list.startNewValue(index);
      VarCharVector data = (VarCharVector) list.getDataVector();
      for (int i = 0; i < items.size(); i++) {
        data.setSafe(offset + i, ((String) items.get(i)).getBytes(StandardCharsets.UTF_8));
      }
      list.endValue(index, items.size());
    } else {
      throw new IllegalArgumentException("metadata column " + vector.getField() + " has no writer");
    }
  }
}
