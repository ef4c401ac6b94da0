package dev.omnigraph.cli;

import dev.omnigraph.engine.QueryResult;
import java.io.PrintWriter;

/** Writes a query result in one output format. Implementations are stateless and thread-safe. */
interface ResultPrinter {

  /**
   * Writes every row of {@code result}, in result order, and flushes {@code out}.
   *
   * @param result the rows and columns; values follow {@link dev.omnigraph.engine.ResultColumn}'s
   *     Java mapping
   * @param out where the text goes (stdout in the CLI)
   */
  void print(QueryResult result, PrintWriter out);
}
