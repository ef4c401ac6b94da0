package dev.omnigraph.bench.keylookup;

import dev.omnigraph.bench.data.ItemData;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.openjdk.jmh.infra.Blackhole;

/**
 * DuckDB through its JDBC driver ({@code org.duckdb:duckdb_jdbc}), a file database under the
 * target's directory: table {@code item} with {@code PRIMARY KEY (slug)} (an ART index), filled by
 * {@code COPY} from the generated CSV, then queried with one reused {@link PreparedStatement}
 * {@value #QUERY}. DuckDB runs with its defaults (threads = cores, memory limit 80% of RAM).
 */
public final class DuckDbLookup implements LookupTarget {

  /** The lookup, with the slug as the only parameter. */
  public static final String QUERY = "SELECT slug, name, category, price, stock FROM item WHERE slug = ?";

  private Connection connection;
  private PreparedStatement lookup;

  @Override
  public String name() {
    return "duckdb";
  }

  @Override
  public void open(ItemData data, Path dir) throws Exception {
    Path csv = dir.resolve("items.csv");
    data.writeCsv(csv);
    connection = DriverManager.getConnection("jdbc:duckdb:" + dir.resolve("items.duckdb"));
    try (Statement ddl = connection.createStatement()) {
      ddl.execute(
          "CREATE TABLE item (slug VARCHAR PRIMARY KEY, name VARCHAR NOT NULL, category VARCHAR NOT NULL,"
              + " price DOUBLE NOT NULL, stock INTEGER NOT NULL, created DATE NOT NULL)");
      ddl.execute("COPY item FROM '" + csv.toAbsolutePath() + "' (HEADER true)");
      ddl.execute("CHECKPOINT");
      try (ResultSet count = ddl.executeQuery("SELECT count(*) FROM item")) {
        count.next();
        if (count.getLong(1) != data.rows()) {
          throw new IllegalStateException("duckdb: loaded " + count.getLong(1) + " rows, expected " + data.rows());
        }
      }
    }
    lookup = connection.prepareStatement(QUERY);
  }

  @Override
  public void lookup(String slug, Blackhole bh) throws Exception {
    lookup.setString(1, slug);
    try (ResultSet rs = lookup.executeQuery()) {
      if (!rs.next()) {
        throw new IllegalStateException("duckdb: no row for " + slug);
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
    lookup.setString(1, slug);
    List<Object[]> rows = new ArrayList<>();
    try (ResultSet rs = lookup.executeQuery()) {
      while (rs.next()) {
        rows.add(new Object[] {rs.getString(1), rs.getString(2), rs.getString(3), rs.getDouble(4), rs.getInt(5)});
      }
    }
    return rows;
  }

  @Override
  public void close() throws SQLException {
    try {
      if (lookup != null) {
        lookup.close();
      }
    } finally {
      if (connection != null) {
        connection.close();
      }
    }
  }
}
