package dev.omnigraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TablePrinterTest {

  @Test
  void printsAlignedColumnsWithHeaderAndRowCount() {
    String table = Printing.print(new TablePrinter(), ResultFixtures.everyType());

    assertThat(table)
        .isEqualTo(
            String.join(
                "\n",
                "p.name            p.active  p.age    p.visits  p.score  p.weight  p.born      p.seen                    p.tags             p.embedding",
                "----------------  --------  -----  ----------  -------  --------  ----------  ------------------------  -----------------  -----------",
                "Ada, \"the\" first  true         36  9000000000      1.1       2.5  1815-12-10  2026-04-14T00:00:00.000Z  [\"math\",\"poetry\"]  [0.5,-1.0]",
                "Bob               null       null        null     null      null  null        null                      null               null",
                "(2 rows)",
                ""));
  }

  @Test
  void saysRowInTheSingularForOneRow() {
    assertThat(Printing.print(new TablePrinter(), ResultFixtures.strings("Ada")))
        .isEqualTo("name\n----\nAda\n(1 row)\n");
  }

  @Test
  void printsHeaderAndZeroRowsForAnEmptyResult() {
    assertThat(Printing.print(new TablePrinter(), ResultFixtures.strings()))
        .isEqualTo("name\n----\n(0 rows)\n");
  }

  @Test
  void cutsCellsWiderThanTheLimitWithAnEllipsis() {
    String wide = "x".repeat(TablePrinter.MAX_WIDTH + 5);

    String table = Printing.print(new TablePrinter(), ResultFixtures.strings(wide, "short"));

    String cut = "x".repeat(TablePrinter.MAX_WIDTH - 1) + TablePrinter.ELLIPSIS;
    assertThat(table.split("\n")).contains(cut, "-".repeat(TablePrinter.MAX_WIDTH), "short");
  }

  @Test
  void showsLineBreaksAndTabsEscapedSoRowsStayOnOneLine() {
    assertThat(Printing.print(new TablePrinter(), ResultFixtures.strings("a\nb\tc")))
        .isEqualTo("name\n-------\na\\nb\\tc\n(1 row)\n");
  }
}
