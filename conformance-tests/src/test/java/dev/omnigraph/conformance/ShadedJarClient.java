package dev.omnigraph.conformance;

import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Properties;

/**
 * The child JVM of {@link ShadedJarIT}: loads the driver from the single jar alone, in a fresh
 * {@link URLClassLoader} whose parent is the platform class loader (so nothing of the test class
 * path leaks in), connects to the graph (embedded or through a server) and prints one line per answer: {@code count=<n>},
 * {@code join=<name>:<company>}, {@code gq=<name>}, {@code tables=<n>}. Any failure prints its
 * stack trace and exits 1.
 *
 * <p>Arguments: the jar path, the JDBC URL ({@code jdbc:omnigraph:<dir>} or
 * {@code jdbc:omnigraph://host:port}).
 */
public final class ShadedJarClient {
  private ShadedJarClient() {}

  /** Runs the queries; see the class comment. */
  public static void main(String[] args) throws Exception {
    try (URLClassLoader loader = new URLClassLoader(new URL[] {Path.of(args[0]).toUri().toURL()},
        ClassLoader.getPlatformClassLoader())) {
      Driver driver = (Driver) Class.forName("dev.omnigraph.jdbc.OmniGraphDriver", true, loader)
          .getDeclaredConstructor().newInstance();
      try (Connection connection = driver.connect(args[1], new Properties());
          Statement statement = connection.createStatement()) {
        print(statement.executeQuery("SELECT COUNT(*) FROM (SELECT * FROM \"Person\") t"), "count");
        print(statement.executeQuery("""
            SELECT p.name || ':' || c.name FROM Person p JOIN WorksAt w ON w.src = p.id
            JOIN Company c ON c.id = w.dst WHERE EXISTS (SELECT 1 FROM Knows k WHERE k.src = p.id)"""), "join");
        print(statement.executeQuery(
            "query q() { match { $p: Person } return { $p.name } order { $p.name } limit 1 }"), "gq");
        int tables = 0;
        try (ResultSet rs = connection.getMetaData().getTables(null, null, "%", null)) {
          while (rs.next()) {
            tables++;
          }
        }
        System.out.println("tables=" + tables);
      }
    }
  }

  private static void print(ResultSet rs, String label) throws Exception {
    try (rs) {
      while (rs.next()) {
        System.out.println(label + "=" + rs.getString(1));
      }
    }
  }
}
