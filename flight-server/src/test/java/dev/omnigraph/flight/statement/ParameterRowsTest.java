package dev.omnigraph.flight.statement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.omnigraph.compiler.query.ParamDecl;
import dev.omnigraph.compiler.schema.PropType;
import dev.omnigraph.compiler.schema.ScalarType;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.memory.RootAllocator;
import org.apache.arrow.vector.BigIntVector;
import org.apache.arrow.vector.DateDayVector;
import org.apache.arrow.vector.TimeStampMicroTZVector;
import org.apache.arrow.vector.VarCharVector;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.types.DateUnit;
import org.apache.arrow.vector.types.TimeUnit;
import org.apache.arrow.vector.types.pojo.ArrowType;
import org.apache.arrow.vector.types.pojo.Field;
import org.apache.arrow.vector.types.pojo.Schema;
import org.junit.jupiter.api.Test;

class ParameterRowsTest {
  static final List<ParamDecl> PARAMS = List.of(new ParamDecl("name", PropType.of(ScalarType.STRING, false)),
      new ParamDecl("age", PropType.of(ScalarType.I64, true)), new ParamDecl("born", PropType.of(ScalarType.DATE, true)),
      new ParamDecl("seen", PropType.of(ScalarType.DATETIME, true)));

  private static VectorSchemaRoot batch(BufferAllocator allocator, String... names) {
    VectorSchemaRoot root = VectorSchemaRoot.create(new Schema(List.of(Field.nullable(names[0], ArrowType.Utf8.INSTANCE),
        Field.nullable(names[1], new ArrowType.Int(64, true)), Field.nullable(names[2], new ArrowType.Date(DateUnit.DAY)),
        Field.nullable(names[3], new ArrowType.Timestamp(TimeUnit.MICROSECOND, "UTC")))), allocator);
    ((VarCharVector) root.getVector(0)).setSafe(0, "Ada".getBytes(StandardCharsets.UTF_8));
    ((BigIntVector) root.getVector(1)).setSafe(0, 36);
    ((DateDayVector) root.getVector(2)).setSafe(0, 19723);
    ((TimeStampMicroTZVector) root.getVector(3)).setSafe(0, 1_704_067_200_000_001L);
    root.setRowCount(1);
    return root;
  }

  @Test
  void bindsByPositionWithJsonShapedValues() {
    try (BufferAllocator allocator = new RootAllocator(); VectorSchemaRoot root = batch(allocator, "0", "1", "2", "3")) {
      assertThat(ParameterRows.rows(root, PARAMS)).containsExactly(
          Map.of("name", "Ada", "age", 36L, "born", "2024-01-01", "seen", "2024-01-01T00:00:00.000001Z"));
    }
  }

  @Test
  void bindsByNameWhenTheColumnsNameTheParameters() {
    try (BufferAllocator allocator = new RootAllocator(); VectorSchemaRoot root = batch(allocator, "$age", "name", "seen", "born")) {
      Map<String, Object> row = ParameterRows.rows(root, PARAMS).get(0);
      assertThat(row).containsEntry("age", "Ada").containsEntry("name", 36L);
    }
  }

  @Test
  void refusesAWrongColumnCountNamingTheParameters() {
    try (BufferAllocator allocator = new RootAllocator(); VectorSchemaRoot root = batch(allocator, "a", "b", "c", "d")) {
      assertThatThrownBy(() -> ParameterRows.rows(root, PARAMS.subList(0, 1)))
          .hasMessage("the parameter batch has 4 column(s) but the statement takes 1 parameter(s): $name: String");
    }
  }
}
