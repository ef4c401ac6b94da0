package dev.omnigraph.cli;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.omnigraph.engine.QueryResult;
import java.io.PrintWriter;
import java.util.List;

/**
 * Prints a result as a JSON array of row objects keyed by column name in column order, one row
 * a line (values per {@link JsonValues}; a later duplicate column name wins, as in
 * {@link QueryResult#rowAsMap}):
 *
 * <pre>
 * [
 *   {"p.name":"Ada","p.born":"1815-12-10","p.tags":["math"]},
 *   {"p.name":"Bob","p.born":null,"p.tags":[]}
 * ]
 * </pre>
 *
 * <p>An empty result prints {@code []}.
 */
final class JsonPrinter implements ResultPrinter {

  @Override
  public void print(QueryResult result, PrintWriter out) {
    List<String> names = result.columnNames();
    if (result.rowCount() == 0) {
      out.println("[]");
    } else {
      out.println("[");
      for (int r = 0; r < result.rowCount(); r++) {
        ObjectNode row = JsonNodeFactory.instance.objectNode();
        for (int c = 0; c < names.size(); c++) {
          row.set(names.get(c), JsonValues.toJson(result.get(r, c)));
        }
        out.println("  " + row + (r + 1 < result.rowCount() ? "," : ""));
      }
      out.println("]");
    }
    out.flush();
  }
}
