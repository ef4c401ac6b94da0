package dev.omnigraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CsvPrinterTest {

  @Test
  void printsHeaderAndQuotedRecordsEndedByCrLf() {
    String csv = Printing.print(new CsvPrinter(), ResultFixtures.everyType());

    assertThat(csv)
        .isEqualTo(
            "p.name,p.active,p.age,p.visits,p.score,p.weight,p.born,p.seen,p.tags,p.embedding\r\n"
                + "\"Ada, \"\"the\"\" first\",true,36,9000000000,1.1,2.5,1815-12-10,"
                + "2026-04-14T00:00:00.000Z,\"[\"\"math\"\",\"\"poetry\"\"]\",\"[0.5,-1.0]\"\r\n"
                + "Bob,,,,,,,,,\r\n");
  }

  @Test
  void keepsEmptyStringsApartFromNullsAndQuotesLineBreaks() {
    assertThat(Printing.print(new CsvPrinter(), ResultFixtures.strings("", null, "a\nb")))
        .isEqualTo("name\r\n\"\"\r\n\r\n\"a\nb\"\r\n");
  }
}
