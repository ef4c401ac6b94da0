package dev.omnigraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class JsonPrinterTest {

  @Test
  void printsAnArrayOfRowObjectsInColumnOrder() {
    String json = Printing.print(new JsonPrinter(), ResultFixtures.everyType());

    assertThat(json)
        .isEqualTo(
            "[\n"
                + "  {\"p.name\":\"Ada, \\\"the\\\" first\",\"p.active\":true,\"p.age\":36,"
                + "\"p.visits\":9000000000,\"p.score\":1.1,\"p.weight\":2.5,\"p.born\":\"1815-12-10\","
                + "\"p.seen\":\"2026-04-14T00:00:00.000Z\",\"p.tags\":[\"math\",\"poetry\"],"
                + "\"p.embedding\":[0.5,-1.0]},\n"
                + "  {\"p.name\":\"Bob\",\"p.active\":null,\"p.age\":null,\"p.visits\":null,"
                + "\"p.score\":null,\"p.weight\":null,\"p.born\":null,\"p.seen\":null,"
                + "\"p.tags\":null,\"p.embedding\":null}\n"
                + "]\n");
  }

  @Test
  void printsAnEmptyArrayForNoRows() {
    assertThat(Printing.print(new JsonPrinter(), ResultFixtures.strings())).isEqualTo("[]\n");
  }

  @Test
  void writesNonFiniteFloatsAsStrings() {
    assertThat(JsonValues.toJson(Double.POSITIVE_INFINITY).toString()).isEqualTo("\"Infinity\"");
    assertThat(JsonValues.toJson(Float.NaN).toString()).isEqualTo("\"NaN\"");
  }
}
