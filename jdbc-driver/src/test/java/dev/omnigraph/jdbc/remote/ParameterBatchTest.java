package dev.omnigraph.jdbc.remote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.omnigraph.compiler.query.ParamDecl;
import dev.omnigraph.compiler.schema.PropType;
import dev.omnigraph.compiler.schema.ScalarType;
import java.math.BigDecimal;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.memory.RootAllocator;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.types.pojo.ArrowType;
import org.apache.arrow.vector.util.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ParameterBatchTest {
  private final BufferAllocator allocator = new RootAllocator();

  @AfterEach
  void close() {
    allocator.close();
  }

  private static ParamDecl param(String name) {
    return new ParamDecl(name, PropType.of(ScalarType.STRING, true));
  }

  @Test
  void oneRowNamedByParameterTypedByValue() throws SQLException {
    Map<String, Object> values = new HashMap<>();
    values.put("name", "Ada");
    values.put("age", 36L);
    values.put("score", new BigDecimal("2.5"));
    values.put("big", new BigDecimal("12"));
    values.put("on", true);
    values.put("none", null);
    values.put("tags", Arrays.asList("a", null, "b"));
    values.put("blob", new byte[] {7, 8});
    List<ParamDecl> params = List.of(param("name"), param("age"), param("score"), param("big"), param("on"), param("none"),
        param("tags"), param("blob"));
    try (VectorSchemaRoot root = ParameterBatch.of(params, values, allocator)) {
      assertThat(root.getRowCount()).isEqualTo(1);
      assertThat(root.getSchema().getFields()).extracting(f -> f.getName())
          .containsExactly("name", "age", "score", "big", "on", "none", "tags", "blob");
      assertThat(root.getVector("name").getObject(0)).isEqualTo(new Text("Ada"));
      assertThat(root.getVector("age").getObject(0)).isEqualTo(36L);
      assertThat(root.getVector("score").getObject(0)).isEqualTo(2.5);
      assertThat(root.getVector("big").getObject(0)).isEqualTo(12L);
      assertThat(root.getVector("on").getObject(0)).isEqualTo(true);
      assertThat(root.getVector("none").getField().getType()).isEqualTo(ArrowType.Null.INSTANCE);
      assertThat(root.getVector("none").isNull(0)).isTrue();
      assertThat(root.getVector("tags").getObject(0)).isEqualTo(Arrays.asList(new Text("a"), null, new Text("b")));
      assertThat((byte[]) root.getVector("blob").getObject(0)).containsExactly(7, 8);
    }
  }

  @Test
  void mixedListsAndUnknownClassesAreRefusedNamingTheParameter() {
    assertThatThrownBy(() -> ParameterBatch.of(List.of(param("xs")), Map.of("xs", List.of("a", 1L)), allocator))
        .isInstanceOfSatisfying(SQLException.class, e -> assertThat(e.getSQLState()).isEqualTo("22023"))
        .hasMessageContaining("$xs").hasMessageContaining("String").hasMessageContaining("Long");
    assertThatThrownBy(() -> ParameterBatch.of(List.of(param("when")), Map.of("when", new Object()), allocator))
        .hasMessageContaining("$when").hasMessageContaining("java.lang.Object");
  }
}
