package dev.omnigraph.jdbc;

import dev.omnigraph.compiler.diag.OmniGraphException;
import dev.omnigraph.engine.Graph;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.DriverManager;
import java.sql.DriverPropertyInfo;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Properties;
import java.util.List;
import java.util.logging.Logger;

/**
 * The JDBC driver for {@code jdbc:omnigraph:<graph-dir>}, e.g. {@code jdbc:omnigraph:/data/people.omni}
 * or {@code jdbc:omnigraph:people.omni} (relative to the working directory). Embedded mode only:
 * a connection opens the graph in this JVM. Registers itself with {@link DriverManager} when
 * loaded, and is listed in {@code META-INF/services/java.sql.Driver}.
 *
 * <p>Connection properties: none of its own yet. {@code user} and {@code password}, which
 * {@link DriverManager#getConnection(String, String, String)} always passes, are accepted and
 * ignored (an embedded graph has no accounts); any other property is rejected so that a
 * misspelt or future option never goes unnoticed. Thread-safe.
 */
public final class OmniGraphDriver implements Driver {
  /** The prefix of the URLs this driver accepts; the rest of the URL is the graph directory. */
  public static final String URL_PREFIX = "jdbc:omnigraph:";

  private static final List<String> IGNORED_PROPERTIES = List.of("user", "password");

  static {
    try {
      DriverManager.registerDriver(new OmniGraphDriver());
    } catch (SQLException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  /**
   * Opens the graph the URL names.
   *
   * @param url {@code jdbc:omnigraph:<graph-dir>}
   * @param info connection properties, may be null
   * @return the connection, or null when the URL is not this driver's (the JDBC contract)
   * @throws SQLException SQLSTATE {@code 08001} for a URL without a usable directory or an
   *     unknown property; the engine's error as {@link SqlErrors#translate} maps it when the graph
   *     cannot be opened (e.g. {@code 42704} when the directory holds no graph)
   */
  @Override
  public Connection connect(String url, Properties info) throws SQLException {
    if (!acceptsURL(url)) {
      return null;
    }
    Path directory = graphDirectory(url);
    checkProperties(info);
    try {
      return new OmniGraphConnection(Graph.open(directory), url, directory);
    } catch (OmniGraphException e) {
      throw SqlErrors.translate(e);
    }
  }

  /**
   * True when the URL starts with {@link #URL_PREFIX}.
   *
   * @throws SQLException when {@code url} is null
   */
  @Override
  public boolean acceptsURL(String url) throws SQLException {
    if (url == null) {
      throw new SQLException("the URL is null");
    }
    return url.startsWith(URL_PREFIX);
  }

  /**
   * Every property {@link #connect} accepts, for tools that show a driver's options (DBeaver's
   * "Driver properties" tab, {@code ecosystem.md} §2.2): {@code user} and {@code password}, which
   * are accepted and ignored because an embedded graph has no accounts. Values come from
   * {@code info} when given.
   */
  @Override
  public DriverPropertyInfo[] getPropertyInfo(String url, Properties info) {
    DriverPropertyInfo[] properties = new DriverPropertyInfo[IGNORED_PROPERTIES.size()];
    int i = 0;
    for (String name : IGNORED_PROPERTIES) {
      DriverPropertyInfo property = new DriverPropertyInfo(name, info == null ? null : info.getProperty(name));
      property.required = false;
      property.description = "accepted and ignored: an embedded graph has no accounts";
      properties[i++] = property;
    }
    return properties;
  }

  /** The major part of the driver version, e.g. 0 for {@code 0.1.0-SNAPSHOT}. */
  @Override
  public int getMajorVersion() {
    return DriverVersion.MAJOR;
  }

  /** The minor part of the driver version, e.g. 1 for {@code 0.1.0-SNAPSHOT}. */
  @Override
  public int getMinorVersion() {
    return DriverVersion.MINOR;
  }

  /** False: the driver does not pass the JDBC compliance tests (no SQL, no metadata yet). */
  @Override
  public boolean jdbcCompliant() {
    return false;
  }

  /** Not supported: the driver does not log through {@code java.util.logging}. */
  @Override
  public Logger getParentLogger() throws SQLFeatureNotSupportedException {
    throw SqlErrors.unsupported("getParentLogger");
  }

  private static Path graphDirectory(String url) throws SQLException {
    String path = url.substring(URL_PREFIX.length());
    if (path.isEmpty()) {
      throw new SQLException(
          "'" + url + "' names no graph directory; use " + URL_PREFIX + "<graph-dir>", "08001");
    }
    try {
      return Path.of(path);
    } catch (InvalidPathException e) {
      throw new SQLException("'" + url + "' does not name a directory: " + e.getMessage(), "08001", e);
    }
  }

  private static void checkProperties(Properties info) throws SQLException {
    if (info == null) {
      return;
    }
    for (String name : info.stringPropertyNames()) {
      if (!IGNORED_PROPERTIES.contains(name)) {
        throw new SQLException(
            "unknown connection property '" + name + "'; " + URL_PREFIX + " takes none", "08001");
      }
    }
  }
}
