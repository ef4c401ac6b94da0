package dev.omnigraph.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.omnigraph.compiler.diag.ErrorCode;
import dev.omnigraph.compiler.diag.OmniGraphException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class ValueTextTest {

  @Test
  void rendersScalarsAsJavaPrintsThem() {
    assertThat(ValueText.of("Ada")).isEqualTo("Ada");
    assertThat(ValueText.of(true)).isEqualTo("true");
    assertThat(ValueText.of(42)).isEqualTo("42");
    assertThat(ValueText.of(9_000_000_000L)).isEqualTo("9000000000");
    assertThat(ValueText.of(1.1f)).isEqualTo("1.1");
    assertThat(ValueText.of(2.5)).isEqualTo("2.5");
    assertThat(ValueText.of(Float.NaN)).isEqualTo("NaN");
  }

  @Test
  void rendersNullAsTheWordNull() {
    assertThat(ValueText.of(null)).isEqualTo("null");
  }

  @Test
  void rendersDateAndDateTimeInIsoForm() {
    assertThat(ValueText.of(LocalDate.of(2026, 4, 14))).isEqualTo("2026-04-14");
    assertThat(ValueText.of(Instant.parse("2026-04-14T00:00:00Z"))).isEqualTo("2026-04-14T00:00:00.000Z");
    assertThat(ValueText.of(Instant.parse("2026-04-14T10:11:12.345678Z"))).isEqualTo("2026-04-14T10:11:12.345Z");
  }

  @Test
  void rendersListsAndVectorsAsCompactJsonArrays() {
    assertThat(ValueText.of(List.of("a", "b\""))).isEqualTo("[\"a\",\"b\\\"\"]");
    assertThat(ValueText.of(Arrays.asList(1L, null))).isEqualTo("[1,null]");
    assertThat(ValueText.of(List.of(LocalDate.of(2026, 1, 2)))).isEqualTo("[\"2026-01-02\"]");
    assertThat(ValueText.of(new float[] {0.5f, -1f})).isEqualTo("[0.5,-1.0]");
  }

  @Test
  void rejectsValuesOutsideTheResultMapping() {
    assertThatThrownBy(() -> ValueText.of(new StringBuilder("x")))
        .isInstanceOfSatisfying(
            OmniGraphException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.INTERNAL_ERROR))
        .hasMessageContaining("java.lang.StringBuilder");
  }
}
