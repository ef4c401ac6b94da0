package dev.omnigraph.cli;

import dev.omnigraph.engine.QueryResult;
import java.io.PrintWriter;
import java.io.StringWriter;

/** Runs a printer into a string. Expectations assume {@code \n} line separators (Linux, macOS). */
final class Printing {
  private Printing() {}

  static String print(ResultPrinter printer, QueryResult result) {
    StringWriter text = new StringWriter();
    printer.print(result, new PrintWriter(text));
    return text.toString();
  }
}
