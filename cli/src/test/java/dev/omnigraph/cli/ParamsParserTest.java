package dev.omnigraph.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import dev.omnigraph.compiler.diag.ErrorCode;
import dev.omnigraph.compiler.diag.OmniGraphException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ParamsParserTest {

  @Test
  void mapsJsonValuesToTheEngineParameterShapes() {
    Map<String, Object> params =
        ParamsParser.parse(
            "{\"name\": \"Ada\", \"age\": 36, \"big\": 9000000000, \"score\": 1.5,"
                + " \"active\": true, \"tags\": [\"a\", 2, null], \"missing\": null}");

    assertThat(params)
        .containsExactly(
            entry("name", "Ada"),
            entry("age", 36),
            entry("big", 9_000_000_000L),
            entry("score", 1.5),
            entry("active", true),
            entry("tags", Arrays.asList("a", 2, null)),
            entry("missing", null));
    assertThat(params.get("age")).isInstanceOf(Integer.class);
    assertThat(params.get("big")).isInstanceOf(Long.class);
    assertThat(params.get("tags")).isInstanceOf(List.class);
  }

  @Test
  void treatsAnAbsentOptionAndJsonNullAsNoParameters() {
    assertThat(ParamsParser.parse(null)).isEmpty();
    assertThat(ParamsParser.parse("null")).isEmpty();
    assertThat(ParamsParser.parse("{}")).isEmpty();
  }

  @Test
  void rejectsANonObjectNamingTheOption() {
    assertInvalid("[1, 2]", "--params must be a JSON object", "got an array");
    assertInvalid("\"Ada\"", "--params must be a JSON object", "got a string");
  }

  @Test
  void rejectsMalformedJsonWithItsPosition() {
    assertInvalid("{\"name\": }", "--params is not valid JSON at line 1, column 10");
    assertInvalid("{\"a\": 1} x", "--params is not valid JSON");
    assertInvalid("   ", "--params is empty");
  }

  @Test
  void rejectsDuplicateKeys() {
    assertInvalid("{\"a\": 1, \"a\": 2}", "--params is not valid JSON", "Duplicate field 'a'");
  }

  @Test
  void rejectsObjectValuesAndIntegersBeyond64Bits() {
    assertInvalid("{\"p\": {\"x\": 1}}", "--params: 'p' is an object");
    assertInvalid("{\"n\": 99999999999999999999}", "--params: 'n' is beyond the 64-bit integer range");
  }

  private static void assertInvalid(String json, String... messageParts) {
    assertThatThrownBy(() -> ParamsParser.parse(json))
        .isInstanceOfSatisfying(
            OmniGraphException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.INVALID_PARAMETER))
        .hasMessageContainingAll(messageParts);
  }
}
