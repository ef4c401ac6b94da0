package dev.omnigraph.jdbc;

import dev.omnigraph.engine.Graph;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** The small graph the SQL tests query, and a helper that reads result sets as lists. */
final class SqlGraph {
  private SqlGraph() {}

  /**
   * Creates {@code <dir>/people.omni}: Person ada (36, high, born 1815-12-10, seen
   * 2026-04-14T10:11:12.345Z, tags math/poetry), bob (25, low), cy (no age); Company Acme (logo
   * bytes 1, 2, 3) and Globex; ada and bob work at Acme; ada knows bob, bob knows cy.
   */
  static Path create(Path dir) {
    Path root = dir.resolve("people.omni");
    try (Graph graph = Graph.init(root, """
        node Person {
            slug: String @key
            name: String
            age: I32?
            born: Date?
            seen: DateTime?
            level: enum(low, high)?
            tags: [String]?
        }
        node Company { name: String @key  logo: Blob? }
        edge Knows: Person -> Person { since: Date? }
        edge WorksAt: Person -> Company
        """, "s.pg")) {
      graph.load("""
          {"type":"Person","data":{"slug":"ada","name":"Ada","age":36,"born":"1815-12-10","seen":"2026-04-14T10:11:12.345Z","level":"high","tags":["math","poetry"]}}
          {"type":"Person","data":{"slug":"bob","name":"Bob","age":25,"level":"low"}}
          {"type":"Person","data":{"slug":"cy","name":"Cy"}}
          {"type":"Company","data":{"name":"Acme","logo":"base64:AQID"}}
          {"type":"Company","data":{"name":"Globex"}}
          {"edge":"WorksAt","from":"ada","to":"Acme"}
          {"edge":"WorksAt","from":"bob","to":"Acme"}
          {"edge":"Knows","from":"ada","to":"bob","data":{"since":"2020-01-01"}}
          {"edge":"Knows","from":"bob","to":"cy"}
          """, "d.jsonl");
    }
    return root;
  }

  /** Every row as a list of {@code getObject} values; closes the result set. */
  static List<List<Object>> rows(ResultSet rs) throws SQLException {
    try (rs) {
      List<List<Object>> out = new ArrayList<>();
      int columns = rs.getMetaData().getColumnCount();
      while (rs.next()) {
        List<Object> row = new ArrayList<>();
        for (int i = 1; i <= columns; i++) {
          row.add(rs.getObject(i));
        }
        out.add(row);
      }
      return out;
    }
  }
}
