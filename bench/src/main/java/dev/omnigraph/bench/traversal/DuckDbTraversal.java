package dev.omnigraph.bench.traversal;

import dev.omnigraph.bench.data.KnowsGraphData;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.openjdk.jmh.infra.Blackhole;

/**
 * DuckDB through its JDBC driver ({@code org.duckdb:duckdb_jdbc}), a file database under the
 * target's directory with the schema a SQL user would give a graph — integer surrogate keys:
 * {@code person(id INTEGER PRIMARY KEY, name VARCHAR UNIQUE)} and {@code knows(src INTEGER,
 * dst INTEGER)}, filled from the generated CSVs (the names mapped to ids on the way in, the edges
 * in source order). Keying the joins by integers instead of names made DuckDB's reach about 40%
 * faster on this machine. Queries are reused {@link PreparedStatement}s:
 *
 * <ul>
 *   <li>reach: {@link #reachSql(int)}, a recursive CTE over (person, hop) from the start person's
 *       id, then the distinct persons reached, mapped back to names, without the start person
 *       (it is reachable only through a cycle, which {@code gq-language.md} §5.4 never reports);
 *   <li>two-hop paths: {@value #PATHS_SQL}.
 * </ul>
 *
 * {@link #joins()} instead answers reach with one join per hop ({@link #reachSqlJoins}), the other
 * way SQL expresses it; on this machine it was 20–30% slower, so the benchmark measures the
 * recursive CTE. DuckDB runs with its defaults (threads = cores,
 * memory limit 80% of RAM).
 */
public final class DuckDbTraversal implements TraversalTarget {

  /** Every two-hop path as rows. */
  public static final String PATHS_SQL =
      "SELECT a.name, c.name FROM knows e1 JOIN knows e2 ON e2.src = e1.dst"
          + " JOIN person a ON a.id = e1.src JOIN person c ON c.id = e2.dst";

  private final boolean joins;
  private Connection connection;
  private final Map<Integer, PreparedStatement> reach = new HashMap<>();
  private PreparedStatement paths;

  /** Reach as a recursive CTE. */
  public DuckDbTraversal() {
    this(false);
  }

  private DuckDbTraversal(boolean joins) {
    this.joins = joins;
  }

  /** Reach as a chain of joins, one per hop. */
  public static DuckDbTraversal joins() {
    return new DuckDbTraversal(true);
  }

  /**
   * The names of the persons within {@code 1..hops} hops of the person named {@code ?1}, without
   * {@code ?2} (the start person again), as a recursive CTE:
   *
   * <pre>
   * WITH RECURSIVE r(n, d) AS (
   *   SELECT dst, 1 FROM knows WHERE src = (SELECT id FROM person WHERE name = ?)
   *   UNION SELECT k.dst, r.d + 1 FROM r JOIN knows k ON k.src = r.n WHERE r.d &lt; hops)
   * SELECT p.name FROM (SELECT DISTINCT n FROM r) x JOIN person p ON p.id = x.n WHERE p.name &lt;&gt; ?
   * </pre>
   */
  public static String reachSql(int hops) {
    return "WITH RECURSIVE r(n, d) AS (SELECT dst, 1 FROM knows WHERE src = (SELECT id FROM person WHERE name = ?)"
        + " UNION SELECT k.dst, r.d + 1 FROM r JOIN knows k ON k.src = r.n WHERE r.d < " + hops + ")"
        + " SELECT p.name FROM (SELECT DISTINCT n FROM r) x JOIN person p ON p.id = x.n WHERE p.name <> ?";
  }

  /**
   * The same set as {@link #reachSql(int)} with one join per hop, e.g. for two hops:
   *
   * <pre>
   * WITH h1 AS (SELECT DISTINCT dst AS n FROM knows WHERE src = (SELECT id FROM person WHERE name = ?)),
   *      h2 AS (SELECT DISTINCT k.dst AS n FROM h1 JOIN knows k ON k.src = h1.n)
   * SELECT p.name FROM (SELECT n FROM h1 UNION SELECT n FROM h2) x JOIN person p ON p.id = x.n
   * WHERE p.name &lt;&gt; ?
   * </pre>
   */
  public static String reachSqlJoins(int hops) {
    StringBuilder sql = new StringBuilder(
        "WITH h1 AS (SELECT DISTINCT dst AS n FROM knows WHERE src = (SELECT id FROM person WHERE name = ?))");
    for (int h = 2; h <= hops; h++) {
      sql.append(", h").append(h).append(" AS (SELECT DISTINCT k.dst AS n FROM h").append(h - 1)
          .append(" JOIN knows k ON k.src = h").append(h - 1).append(".n)");
    }
    sql.append(" SELECT p.name FROM (");
    for (int h = 1; h <= hops; h++) {
      sql.append(h == 1 ? "" : " UNION ").append("SELECT n FROM h").append(h);
    }
    return sql.append(") x JOIN person p ON p.id = x.n WHERE p.name <> ?").toString();
  }

  @Override
  public String name() {
    return joins ? "duckdb-joins" : "duckdb";
  }

  @Override
  public void open(KnowsGraphData data, Path dir) throws Exception {
    Path personCsv = dir.resolve("person.csv");
    Path knowsCsv = dir.resolve("knows.csv");
    data.writePersonCsv(personCsv);
    data.writeKnowsCsv(knowsCsv);
    connection = DriverManager.getConnection("jdbc:duckdb:" + dir.resolve("knows.duckdb"));
    try (Statement ddl = connection.createStatement()) {
      ddl.execute("CREATE TABLE person (id INTEGER PRIMARY KEY, name VARCHAR NOT NULL UNIQUE)");
      ddl.execute("CREATE TABLE knows (src INTEGER NOT NULL, dst INTEGER NOT NULL)");
      ddl.execute("INSERT INTO person SELECT row_number() OVER (ORDER BY name), name FROM read_csv('"
          + personCsv.toAbsolutePath() + "', header = true, columns = {'name': 'VARCHAR'})");
      ddl.execute("INSERT INTO knows SELECT s.id, d.id FROM read_csv('" + knowsCsv.toAbsolutePath()
          + "', header = true, columns = {'src': 'VARCHAR', 'dst': 'VARCHAR'}) k"
          + " JOIN person s ON s.name = k.src JOIN person d ON d.name = k.dst ORDER BY s.id, d.id");
      ddl.execute("CHECKPOINT");
      expectCount(ddl, "SELECT count(*) FROM person", data.persons());
      expectCount(ddl, "SELECT count(*) FROM knows", data.edges());
    }
  }

  private static void expectCount(Statement statement, String sql, long expected) throws SQLException {
    try (ResultSet count = statement.executeQuery(sql)) {
      count.next();
      if (count.getLong(1) != expected) {
        throw new IllegalStateException("duckdb: " + sql + " is " + count.getLong(1) + ", expected " + expected);
      }
    }
  }

  private ResultSet executeReach(String start, int hops) throws SQLException {
    PreparedStatement statement = reach.get(hops);
    if (statement == null) {
      statement = connection.prepareStatement(joins ? reachSqlJoins(hops) : reachSql(hops));
      reach.put(hops, statement);
    }
    statement.setString(1, start);
    statement.setString(2, start);
    return statement.executeQuery();
  }

  @Override
  public int reach(String start, int hops, Blackhole bh) throws SQLException {
    int rows = 0;
    try (ResultSet rs = executeReach(start, hops)) {
      while (rs.next()) {
        bh.consume(rs.getString(1));
        rows++;
      }
    }
    if (rows == 0) {
      throw new IllegalStateException(name() + ": nobody within " + hops + " hops of " + start);
    }
    return rows;
  }

  @Override
  public List<String> reachNames(String start, int hops) throws SQLException {
    List<String> names = new ArrayList<>();
    try (ResultSet rs = executeReach(start, hops)) {
      while (rs.next()) {
        names.add(rs.getString(1));
      }
    }
    return names;
  }

  private ResultSet executePaths() throws SQLException {
    if (paths == null) {
      paths = connection.prepareStatement(PATHS_SQL);
    }
    return paths.executeQuery();
  }

  @Override
  public long twoHopPaths(Blackhole bh) throws SQLException {
    long rows = 0;
    try (ResultSet rs = executePaths()) {
      while (rs.next()) {
        bh.consume(rs.getString(1));
        bh.consume(rs.getString(2));
        rows++;
      }
    }
    return rows;
  }

  @Override
  public long[] twoHopPathSummary() throws SQLException {
    long rows = 0;
    long checksum = 0;
    try (ResultSet rs = executePaths()) {
      while (rs.next()) {
        checksum += KnowsGraphData.pathHash(rs.getString(1), rs.getString(2));
        rows++;
      }
    }
    return new long[] {rows, checksum};
  }

  @Override
  public void close() throws SQLException {
    try {
      for (PreparedStatement statement : reach.values()) {
        statement.close();
      }
      if (paths != null) {
        paths.close();
      }
    } finally {
      if (connection != null) {
        connection.close();
      }
    }
  }
}
