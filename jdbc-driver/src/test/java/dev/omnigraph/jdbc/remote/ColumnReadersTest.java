package dev.omnigraph.jdbc.remote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.omnigraph.compiler.schema.PropType;
import dev.omnigraph.compiler.schema.ScalarType;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.memory.RootAllocator;
import org.apache.arrow.vector.BitVector;
import org.apache.arrow.vector.DateDayVector;
import org.apache.arrow.vector.Float4Vector;
import org.apache.arrow.vector.IntVector;
import org.apache.arrow.vector.LargeVarBinaryVector;
import org.apache.arrow.vector.TimeStampMilliTZVector;
import org.apache.arrow.vector.UInt4Vector;
import org.apache.arrow.vector.UInt8Vector;
import org.apache.arrow.vector.VarCharVector;
import org.apache.arrow.vector.complex.FixedSizeListVector;
import org.apache.arrow.vector.complex.ListVector;
import org.apache.arrow.vector.complex.impl.UnionListWriter;
import org.apache.arrow.vector.types.FloatingPointPrecision;
import org.apache.arrow.vector.types.pojo.ArrowType;
import org.apache.arrow.vector.types.pojo.FieldType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Arrow vectors in the wire types read back as the Java values ResultColumn documents. */
class ColumnReadersTest {
  private final BufferAllocator allocator = new RootAllocator();

  @AfterEach
  void close() {
    allocator.close();
  }

  private static PropType type(ScalarType scalar) {
    return PropType.of(scalar, true);
  }

  @Test
  void scalarsConvertToTheEngineClasses() {
    try (VarCharVector strings = new VarCharVector("s", allocator);
        IntVector ints = new IntVector("i", allocator);
        UInt4Vector u32 = new UInt4Vector("u32", allocator);
        UInt8Vector u64 = new UInt8Vector("u64", allocator);
        BitVector bools = new BitVector("b", allocator);
        DateDayVector dates = new DateDayVector("d", allocator);
        TimeStampMilliTZVector times = new TimeStampMilliTZVector("t", allocator, "UTC");
        LargeVarBinaryVector blobs = new LargeVarBinaryVector("blob", allocator)) {
      strings.setSafe(0, "Ada".getBytes(StandardCharsets.UTF_8));
      strings.setNull(1);
      ints.setSafe(0, -7);
      u32.setSafe(0, 0xFFFF_FFFF);
      u64.setSafe(0, Long.MAX_VALUE);
      bools.setSafe(0, 1);
      dates.setSafe(0, 19_000);
      times.setSafe(0, 1_700_000_000_123L);
      blobs.setSafe(0, new byte[] {1, 2, 3});
      assertThat(ColumnReaders.reader(strings, type(ScalarType.STRING)).read(0)).isEqualTo("Ada");
      assertThat(ColumnReaders.reader(strings, type(ScalarType.STRING)).read(1)).isNull();
      assertThat(ColumnReaders.reader(ints, type(ScalarType.I32)).read(0)).isEqualTo(-7);
      assertThat(ColumnReaders.reader(u32, type(ScalarType.U32)).read(0)).isEqualTo(4_294_967_295L);
      assertThat(ColumnReaders.reader(u64, type(ScalarType.U64)).read(0)).isEqualTo(Long.MAX_VALUE);
      assertThat(ColumnReaders.reader(bools, type(ScalarType.BOOL)).read(0)).isEqualTo(true);
      assertThat(ColumnReaders.reader(dates, type(ScalarType.DATE)).read(0)).isEqualTo(LocalDate.ofEpochDay(19_000));
      assertThat(ColumnReaders.reader(times, type(ScalarType.DATETIME)).read(0)).isEqualTo(Instant.ofEpochMilli(1_700_000_000_123L));
      assertThat((byte[]) ColumnReaders.reader(blobs, type(ScalarType.BLOB)).read(0)).containsExactly(1, 2, 3);
    }
  }

  @Test
  void vectorsAreFloatArraysAndListsAreLists() {
    try (FixedSizeListVector vectors = FixedSizeListVector.empty("v", 2, allocator);
        ListVector lists = ListVector.empty("l", allocator)) {
      vectors.addOrGetVector(FieldType.nullable(new ArrowType.FloatingPoint(FloatingPointPrecision.SINGLE)));
      vectors.allocateNew();
      Float4Vector floats = (Float4Vector) vectors.getDataVector();
      floats.setSafe(0, 0.5f);
      floats.setSafe(1, -1f);
      vectors.setNotNull(0);
      vectors.setValueCount(1);
      UnionListWriter writer = lists.getWriter();
      writer.setPosition(0);
      writer.startList();
      writer.writeVarChar("go");
      writer.writeNull();
      writer.endList();
      writer.setValueCount(1);
      lists.setValueCount(2);
      Object vector = ColumnReaders.reader(vectors, new PropType(ScalarType.VECTOR, false, false, null, 2)).read(0);
      assertThat((float[]) vector).containsExactly(0.5f, -1f);
      ColumnReaders.Reader strings = ColumnReaders.reader(lists, new PropType(ScalarType.STRING, true, true, null, 0));
      assertThat(strings.read(0)).isEqualTo(Arrays.asList("go", null));
      assertThat(strings.read(1)).isNull();
    }
  }

  @Test
  void aVectorOfAnotherTypeIsRefusedNamingBoth() {
    try (IntVector ints = new IntVector("age", allocator)) {
      assertThatThrownBy(() -> ColumnReaders.reader(ints, type(ScalarType.STRING)))
          .hasMessageContaining("'age'").hasMessageContaining("String?").hasMessageContaining("Int(32, true)");
      assertThatThrownBy(() -> ColumnReaders.reader(ints, new PropType(ScalarType.I32, true, false, null, 0)))
          .hasMessageContaining("[I32]");
    }
  }
}
