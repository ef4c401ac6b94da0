package dev.omnigraph.bench.keylookup;

import dev.omnigraph.bench.data.ItemData;
import dev.omnigraph.engine.Graph;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.openjdk.jmh.infra.Blackhole;

/**
 * OmniGraph through its JDBC driver ({@code jdbc:omnigraph:<graph dir>}): the graph is built with
 * the embedded API exactly as in {@link OmniGraphEmbeddedLookup} and closed, then opened by the
 * driver. Each call runs {@link Statement#executeQuery} on one reused {@link Statement} with the
 * query text {@link #queryText(String)}: the {@code .gq} query with the slug inlined as a string
 * literal, because the driver has no parameterised {@code PreparedStatement} yet.
 *
 * <p>So a measured call includes whatever the driver does per statement text — parsing,
 * type-checking and planning, unless the driver caches plans by text — on top of the execution
 * the embedded benchmark measures. That is deliberate: it is what a JDBC client pays today. When
 * parameterised prepared statements land, a second JDBC benchmark should measure them.
 */
public final class OmniGraphJdbcLookup implements LookupTarget {

  private Connection connection;
  private Statement statement;

  @Override
  public String name() {
    return "omnigraph-jdbc";
  }

  /** The lookup of {@code slug} as one self-contained {@code .gq} query without parameters. */
  public static String queryText(String slug) {
    return "query lookup() { match { $p: Item { slug: " + gqString(slug) + " } }"
        + " return { $p.slug, $p.name, $p.category, $p.price, $p.stock } }";
  }

  /** {@code value} as a {@code .gq} string literal ({@code gq-language.md} §2). */
  static String gqString(String value) {
    StringBuilder out = new StringBuilder(value.length() + 2).append('"');
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> out.append(c);
      }
    }
    return out.append('"').toString();
  }

  @Override
  public void open(ItemData data, Path dir) throws Exception {
    Path root = dir.resolve("graph");
    Graph graph = OmniGraphEmbeddedLookup.createGraph(data, root, dir.resolve("items.jsonl"));
    graph.close(); // the driver opens the graph on its own
    connection = DriverManager.getConnection("jdbc:omnigraph:" + root.toAbsolutePath());
    statement = connection.createStatement();
  }

  @Override
  public void lookup(String slug, Blackhole bh) throws Exception {
    try (ResultSet rs = statement.executeQuery(queryText(slug))) {
      if (!rs.next()) {
        throw new IllegalStateException("omnigraph-jdbc: no row for " + slug);
      }
      bh.consume(rs.getString(1));
      bh.consume(rs.getString(2));
      bh.consume(rs.getString(3));
      bh.consume(rs.getDouble(4));
      bh.consume(rs.getInt(5));
    }
  }

  @Override
  public List<Object[]> fetch(String slug) throws Exception {
    List<Object[]> rows = new ArrayList<>();
    try (ResultSet rs = statement.executeQuery(queryText(slug))) {
      while (rs.next()) {
        rows.add(new Object[] {rs.getString(1), rs.getString(2), rs.getString(3), rs.getDouble(4), rs.getInt(5)});
      }
    }
    return rows;
  }

  @Override
  public void close() throws SQLException {
    try {
      if (statement != null) {
        statement.close();
      }
    } finally {
      if (connection != null) {
        connection.close();
      }
    }
  }
}
