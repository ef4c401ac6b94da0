package dev.omnigraph.cli;

import dev.omnigraph.engine.QueryResult;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * Prints a result as RFC 4180 CSV: a header row of column names, then one record per row, each
 * line ended by CRLF. A field is quoted when it holds a comma, a double quote, CR or LF, with
 * inner quotes doubled; values are {@link ValueText}. A null is an empty field, while an empty
 * string is written {@code ""} so the two stay apart.
 */
final class CsvPrinter implements ResultPrinter {
  /** The record terminator RFC 4180 prescribes. */
  static final String LINE_END = "\r\n";

  @Override
  public void print(QueryResult result, PrintWriter out) {
    printRecord(out, result.columnNames());
    for (int r = 0; r < result.rowCount(); r++) {
      List<String> fields = new ArrayList<>(result.columns().size());
      for (Object value : result.row(r)) {
        fields.add(value == null ? null : ValueText.of(value));
      }
      printRecord(out, fields);
    }
    out.flush();
  }

  private static void printRecord(PrintWriter out, List<String> fields) {
    for (int i = 0; i < fields.size(); i++) {
      out.print(i == 0 ? "" : ",");
      out.print(field(fields.get(i)));
    }
    out.print(LINE_END);
  }

  private static String field(String text) {
    if (text == null) {
      return "";
    }
    boolean quote =
        text.isEmpty()
            || text.contains(",")
            || text.contains("\"")
            || text.contains("\r")
            || text.contains("\n");
    return quote ? '"' + text.replace("\"", "\"\"") + '"' : text;
  }
}
