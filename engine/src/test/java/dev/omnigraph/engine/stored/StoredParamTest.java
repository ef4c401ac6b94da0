package dev.omnigraph.engine.stored;

import static org.assertj.core.api.Assertions.assertThat;

import dev.omnigraph.compiler.query.ParamDecl;
import dev.omnigraph.compiler.schema.PropType;
import dev.omnigraph.compiler.schema.ScalarType;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The catalog kinds of {@code surface.md} §5. */
class StoredParamTest {
  @Test
  void scalarTypesMapToTheClosedKindSet() {
    assertThat(kind(ScalarType.STRING)).isEqualTo(ParamKind.STRING);
    assertThat(kind(ScalarType.BOOL)).isEqualTo(ParamKind.BOOL);
    assertThat(kind(ScalarType.I32)).isEqualTo(ParamKind.INT);
    assertThat(kind(ScalarType.U32)).isEqualTo(ParamKind.INT);
    assertThat(kind(ScalarType.I64)).isEqualTo(ParamKind.BIGINT);
    assertThat(kind(ScalarType.U64)).isEqualTo(ParamKind.BIGINT);
    assertThat(kind(ScalarType.F32)).isEqualTo(ParamKind.FLOAT);
    assertThat(kind(ScalarType.F64)).isEqualTo(ParamKind.FLOAT);
    assertThat(kind(ScalarType.DATE)).isEqualTo(ParamKind.DATE);
    assertThat(kind(ScalarType.DATETIME)).isEqualTo(ParamKind.DATETIME);
    assertThat(kind(ScalarType.BLOB)).isEqualTo(ParamKind.BLOB);
    assertThat(ParamKind.BIGINT.wireName()).isEqualTo("bigint");
  }

  @Test
  void listsVectorsAndEnumsCarryTheirDetails() {
    StoredParam tags = StoredParam.of(new ParamDecl("tags", new PropType(ScalarType.I64, true, true, null, 0)));
    assertThat(tags.kind()).isEqualTo(ParamKind.LIST);
    assertThat(tags.itemKind()).isEqualTo(ParamKind.BIGINT);
    assertThat(tags.nullable()).isTrue();
    assertThat(tags.declaration()).isEqualTo("$tags: [I64]?");

    StoredParam q = StoredParam.of(new ParamDecl("q", new PropType(ScalarType.VECTOR, false, false, null, 4)));
    assertThat(q.kind()).isEqualTo(ParamKind.VECTOR);
    assertThat(q.vectorDim()).isEqualTo(4);
    assertThat(q.itemKind()).isNull();

    StoredParam level = StoredParam.of(new ParamDecl("level", new PropType(ScalarType.STRING, false, false, List.of("a", "b"), 0)));
    assertThat(level.kind()).isEqualTo(ParamKind.STRING);
  }

  private static ParamKind kind(ScalarType scalar) {
    return StoredParam.of(new ParamDecl("x", PropType.of(scalar, false))).kind();
  }
}
