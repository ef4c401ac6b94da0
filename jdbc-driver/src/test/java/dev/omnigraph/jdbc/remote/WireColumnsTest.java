package dev.omnigraph.jdbc.remote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.omnigraph.compiler.diag.ErrorCode;
import dev.omnigraph.compiler.diag.OmniGraphException;
import dev.omnigraph.compiler.schema.PropType;
import dev.omnigraph.compiler.schema.ScalarType;
import dev.omnigraph.engine.ResultColumn;
import java.util.List;
import java.util.Map;
import org.apache.arrow.vector.types.pojo.ArrowType;
import org.apache.arrow.vector.types.pojo.Field;
import org.apache.arrow.vector.types.pojo.FieldType;
import org.apache.arrow.vector.types.pojo.Schema;
import org.junit.jupiter.api.Test;

class WireColumnsTest {
  @Test
  void typeTextRoundTripsThroughTheSchemaParser() {
    List<PropType> types = List.of(
        PropType.of(ScalarType.STRING, false),
        PropType.of(ScalarType.U64, true),
        PropType.of(ScalarType.DATETIME, false),
        new PropType(ScalarType.STRING, false, true, List.of("junior", "senior", "staff"), 0),
        new PropType(ScalarType.STRING, true, true, null, 0),
        new PropType(ScalarType.VECTOR, false, false, null, 3),
        new PropType(ScalarType.STRING, true, false, List.of("a", "b"), 0));
    for (PropType type : types) {
      assertThat(WireColumns.parse(type.toString())).as(type.toString()).isEqualTo(type);
    }
  }

  @Test
  void columnsTakeTheirTypeAndTableFromFieldMetadata() {
    Field level = new Field("p.level", new FieldType(true, ArrowType.Utf8.INSTANCE, null,
        Map.of(WireColumns.TYPE_KEY, "enum(junior, senior)?", WireColumns.TABLE_NAME_KEY, "Person")), null);
    Field count = new Field("n", new FieldType(false, new ArrowType.Int(64, true), null, Map.of(WireColumns.TYPE_KEY, "I64")), null);
    assertThat(WireColumns.columns(new Schema(List.of(level, count)))).containsExactly(
        new ResultColumn("p.level", new PropType(ScalarType.STRING, false, true, List.of("junior", "senior"), 0), "Person"),
        new ResultColumn("n", PropType.of(ScalarType.I64, false), null));
  }

  @Test
  void aFieldWithoutTheTypeKeyOrWithBadTextIsRefusedByName() {
    Field bare = Field.nullable("x", ArrowType.Utf8.INSTANCE);
    assertThatThrownBy(() -> WireColumns.type(bare))
        .isInstanceOfSatisfying(OmniGraphException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.INTERNAL_ERROR))
        .hasMessageContaining("'x'").hasMessageContaining(WireColumns.TYPE_KEY);
    assertThatThrownBy(() -> WireColumns.parse("Strin g")).hasMessageContaining("'Strin g'");
  }
}
