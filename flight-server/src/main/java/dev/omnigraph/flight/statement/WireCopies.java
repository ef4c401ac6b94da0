package dev.omnigraph.flight.statement;

import dev.omnigraph.compiler.schema.PropType;
import dev.omnigraph.compiler.schema.ScalarType;
import dev.omnigraph.engine.ResultColumn;
import java.util.List;
import org.apache.arrow.memory.ArrowBuf;
import org.apache.arrow.vector.BaseFixedWidthVector;
import org.apache.arrow.vector.BaseVariableWidthVector;
import org.apache.arrow.vector.BitVector;
import org.apache.arrow.vector.BitVectorHelper;
import org.apache.arrow.vector.FieldVector;

/**
 * Copies values from vectors in the engine's stored Arrow types (a scan's record batch, see
 * {@link dev.omnigraph.engine.ResultCursor#nextArrowBatch()}) into vectors of the {@link WireTypes}
 * shapes, without making Java values of them. The wire type is the stored one except for a
 * {@code DateTime}, stored as {@code date64} and sent as {@code timestamp[ms, UTC]}: both are
 * 8-byte epoch milliseconds, so the bytes carry over. Fixed-width columns (integers, floats,
 * dates, date-times) and strings are copied a range at a time (buffer copies, offsets rebased);
 * booleans, lists, vectors and blobs value by value in Arrow's own form ({@code copyFromSafe}).
 * A list of {@code DateTime} has no copier (its rows go through {@link WireValues}). Stateless.
 */
final class WireCopies {
  private WireCopies() {}

  /** Copies rows {@code [from, from + count)} of a stored vector to rows {@code [to, to + count)} of a wire vector. */
  @FunctionalInterface
  interface ColumnCopier {
    void copy(FieldVector stored, int from, int to, int count);
  }

  /** True when every column has a copier. */
  static boolean supports(List<ResultColumn> columns) {
    for (ResultColumn column : columns) {
      PropType type = column.type();
      if (type.list() && type.scalar() == ScalarType.DATETIME) {
        return false;
      }
    }
    return true;
  }

  /**
   * The copier into {@code wire}, which holds values of {@code type}; it grows the vector as
   * needed and expects the stored vectors it is given to hold values of {@code type} as stored.
   *
   * @throws IllegalArgumentException for a type {@link #supports} refuses
   */
  static ColumnCopier copier(FieldVector wire, PropType type) {
    if (type.list() && type.scalar() == ScalarType.DATETIME) {
      throw new IllegalArgumentException("a list of DateTime values has no Arrow copier");
    }
    if (wire instanceof BaseVariableWidthVector strings) {
      return (stored, from, to, count) -> copyVariable((BaseVariableWidthVector) stored, from, strings, to, count);
    }
    if (wire instanceof BaseFixedWidthVector fixed && !(wire instanceof BitVector)) {
      return (stored, from, to, count) -> copyFixed((BaseFixedWidthVector) stored, from, fixed, to, count);
    }
    return (stored, from, to, count) -> {
      for (int i = 0; i < count; i++) {
        wire.copyFromSafe(from + i, to + i, stored);
      }
    };
  }

  private static void copyFixed(BaseFixedWidthVector stored, int from, BaseFixedWidthVector wire, int to, int count) {
    int width = wire.getTypeWidth();
    if (stored.getTypeWidth() != width) {
      throw new IllegalStateException("a " + stored.getMinorType() + " column cannot be copied to " + wire.getMinorType());
    }
    while (wire.getValueCapacity() < to + count) {
      wire.reAlloc();
    }
    wire.getDataBuffer().setBytes((long) to * width, stored.getDataBuffer(), (long) from * width, (long) count * width);
    copyBits(stored.getValidityBuffer(), from, wire.getValidityBuffer(), to, count);
  }

  /**
   * Appends the strings at {@code to}: the wire vector's offsets are first made valid up to
   * {@code to} (rows written before may end with nulls), then the bytes are copied in one piece
   * and the offsets rebased onto the wire vector's end.
   */
  private static void copyVariable(BaseVariableWidthVector stored, int from, BaseVariableWidthVector wire, int to, int count) {
    wire.fillEmpties(to);
    int start = stored.getStartOffset(from);
    int end = stored.getStartOffset(from + count);
    int base = wire.getStartOffset(to);
    while (wire.getValueCapacity() < to + count) {
      wire.reallocValidityAndOffsetBuffers();
    }
    while (wire.getDataBuffer().capacity() < (long) base + (end - start)) {
      wire.reallocDataBuffer();
    }
    wire.getDataBuffer().setBytes(base, stored.getDataBuffer(), start, end - start);
    ArrowBuf offsets = wire.getOffsetBuffer();
    ArrowBuf storedOffsets = stored.getOffsetBuffer();
    for (int i = 1; i <= count; i++) {
      offsets.setInt((long) (to + i) * BaseVariableWidthVector.OFFSET_WIDTH,
          base + storedOffsets.getInt((long) (from + i) * BaseVariableWidthVector.OFFSET_WIDTH) - start);
    }
    copyBits(stored.getValidityBuffer(), from, wire.getValidityBuffer(), to, count);
    wire.setLastSet(to + count - 1);
  }

  /** Copies validity bits {@code [from, from + count)} to {@code [to, to + count)}; whole bytes at once when both start on one. */
  private static void copyBits(ArrowBuf source, int from, ArrowBuf target, int to, int count) {
    int copied = 0;
    if ((from & 7) == 0 && (to & 7) == 0) {
      int bytes = count >>> 3;
      target.setBytes(to >>> 3, source, from >>> 3, bytes);
      copied = bytes << 3;
    }
    for (int i = copied; i < count; i++) {
      BitVectorHelper.setValidityBit(target, to + i, BitVectorHelper.get(source, from + i));
    }
  }
}
