package dev.omnigraph.cli;

import dev.omnigraph.engine.QueryResult;
import dev.omnigraph.engine.ResultColumn;
import java.io.PrintWriter;
import java.util.List;

/**
 * Prints a result as aligned columns for people: a header row of column names, a row of dashes,
 * one line per row, and a footer such as {@code (2 rows)}.
 *
 * <pre>
 * p.name  p.age
 * ------  -----
 * Ada        36
 * Bob      null
 * (2 rows)
 * </pre>
 *
 * <p>Cells are {@link ValueText} with tabs and line breaks shown as {@code \t}, {@code \r},
 * {@code \n}; numeric columns are right-aligned; a cell wider than {@link #MAX_WIDTH} code points
 * is cut to {@code MAX_WIDTH - 1} and ends with {@link #ELLIPSIS}. Columns are separated by two
 * spaces; lines carry no trailing spaces. Holds every cell in memory while printing.
 */
final class TablePrinter implements ResultPrinter {
  /** The widest a column gets, in code points. */
  static final int MAX_WIDTH = 80;

  /** The mark that ends a cut cell. */
  static final String ELLIPSIS = "…";

  private static final String GAP = "  ";

  @Override
  public void print(QueryResult result, PrintWriter out) {
    List<ResultColumn> columns = result.columns();
    int columnCount = columns.size();
    boolean[] rightAligned = new boolean[columnCount];
    int[] widths = new int[columnCount];
    String[] header = new String[columnCount];
    String[] dashes = new String[columnCount];
    for (int c = 0; c < columnCount; c++) {
      ResultColumn column = columns.get(c);
      rightAligned[c] = column.type().scalar().isNumeric() && !column.type().list();
      header[c] = cell(column.name());
      widths[c] = width(header[c]);
    }
    String[][] cells = new String[result.rowCount()][columnCount];
    for (int r = 0; r < cells.length; r++) {
      for (int c = 0; c < columnCount; c++) {
        cells[r][c] = cell(ValueText.of(result.get(r, c)));
        widths[c] = Math.max(widths[c], width(cells[r][c]));
      }
    }
    for (int c = 0; c < columnCount; c++) {
      dashes[c] = "-".repeat(widths[c]);
    }
    printLine(out, header, widths, rightAligned);
    printLine(out, dashes, widths, new boolean[columnCount]);
    for (String[] row : cells) {
      printLine(out, row, widths, rightAligned);
    }
    out.println("(" + Counts.of(cells.length, "row") + ")");
    out.flush();
  }

  private static void printLine(PrintWriter out, String[] cells, int[] widths, boolean[] rightAligned) {
    StringBuilder line = new StringBuilder();
    for (int c = 0; c < cells.length; c++) {
      String padding = " ".repeat(widths[c] - width(cells[c]));
      line.append(c == 0 ? "" : GAP).append(rightAligned[c] ? padding + cells[c] : cells[c] + padding);
    }
    out.println(line.toString().stripTrailing());
  }

  private static String cell(String text) {
    String escaped = text.replace("\t", "\\t").replace("\r", "\\r").replace("\n", "\\n");
    if (width(escaped) <= MAX_WIDTH) {
      return escaped;
    }
    return escaped.substring(0, escaped.offsetByCodePoints(0, MAX_WIDTH - 1)) + ELLIPSIS;
  }

  private static int width(String text) {
    return text.codePointCount(0, text.length());
  }
}
