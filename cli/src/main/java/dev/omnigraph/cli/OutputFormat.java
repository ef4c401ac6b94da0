package dev.omnigraph.cli;

import java.util.Locale;

/** The {@code --format} of {@code omnigraph query}, each with its printer. */
enum OutputFormat {
  /** Aligned columns for people: see {@link TablePrinter}. */
  TABLE(new TablePrinter()),
  /** A JSON array of row objects: see {@link JsonPrinter}. */
  JSON(new JsonPrinter()),
  /** RFC 4180 CSV with a header row: see {@link CsvPrinter}. */
  CSV(new CsvPrinter());

  private final ResultPrinter printer;

  OutputFormat(ResultPrinter printer) {
    this.printer = printer;
  }

  /** The printer of this format; stateless and thread-safe. */
  ResultPrinter printer() {
    return printer;
  }

  /** Converts {@code --format} values. */
  static final class Converter extends LowerCaseEnumConverter<OutputFormat> {
    Converter() {
      super(OutputFormat.class);
    }
  }

  /** The spelling on the command line: {@code table}, {@code json}, {@code csv}. */
  @Override
  public String toString() {
    return name().toLowerCase(Locale.ROOT);
  }
}
