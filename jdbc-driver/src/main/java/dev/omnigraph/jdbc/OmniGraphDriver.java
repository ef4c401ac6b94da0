package dev.omnigraph.jdbc;

import dev.omnigraph.compiler.diag.OmniGraphException;
import dev.omnigraph.engine.Graph;
import dev.omnigraph.jdbc.remote.RemoteAddress;
import dev.omnigraph.jdbc.remote.RemoteSession;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.DriverManager;
import java.sql.DriverPropertyInfo;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Properties;
import java.util.logging.Logger;

/**
 * The JDBC driver for OmniGraph graphs, in two modes with one JDBC surface
 * ({@link OmniGraphConnection}):
 *
 * <ul>
 *   <li>embedded, {@code jdbc:omnigraph:<graph-dir>[;branch=<name>][;at=<commit|time>]}, e.g.
 *       {@code jdbc:omnigraph:/data/people.omni} or {@code jdbc:omnigraph:people.omni;branch=review}
 *       (relative to the working directory): the connection opens the graph in this JVM;
 *   <li>remote, {@code jdbc:omnigraph://<host>:<port>[;branch=..][;at=..][;user=..;password=..]},
 *       e.g. {@code jdbc:omnigraph://127.0.0.1:32010}: the connection talks Arrow Flight SQL to
 *       {@code omnigraph serve} ({@link RemoteSession}), plaintext (the server has no TLS).
 * </ul>
 *
 * Registers itself with {@link DriverManager} when loaded, and is listed in
 * {@code META-INF/services/java.sql.Driver}.
 *
 * <p>Connection properties, in the URL or the {@link Properties}: {@code branch} and {@code at}
 * (time travel), as {@link ConnectionOptions} says; {@code user} and {@code password}, which
 * {@link DriverManager#getConnection(String, String, String)} always passes: a remote server's
 * account, ignored by an embedded graph (it has no accounts); any other property is rejected so
 * that a misspelt or future option never goes unnoticed. Thread-safe.
 */
public final class OmniGraphDriver implements Driver {
  /** The prefix of the URLs this driver accepts; the rest of the URL is the graph directory or {@code //host:port}. */
  public static final String URL_PREFIX = "jdbc:omnigraph:";
  /** The prefix of remote URLs. */
  public static final String REMOTE_PREFIX = URL_PREFIX + "//";

  static {
    try {
      DriverManager.registerDriver(new OmniGraphDriver());
    } catch (SQLException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  /**
   * Opens the graph the URL names, or connects to the server it names.
   *
   * @param url {@code jdbc:omnigraph:<graph-dir>[;name=value]...} or
   *     {@code jdbc:omnigraph://<host>:<port>[;name=value]...}
   * @param info connection properties, may be null
   * @return the connection, or null when the URL is not this driver's (the JDBC contract)
   * @throws SQLException SQLSTATE {@code 08001} for a URL without a usable directory or address,
   *     an unknown property, or (remote) nothing answering at the address; {@code 28000} for a
   *     wrong user or password; {@code 3F000} for an unknown branch of a server; the engine's
   *     error as {@link SqlErrors#translate} maps it when an embedded graph cannot be opened (e.g.
   *     {@code 42704} when the directory holds no graph, or the branch or commit does not exist;
   *     {@code 22023} for an {@code at} that is neither a commit nor a time)
   */
  @Override
  public Connection connect(String url, Properties info) throws SQLException {
    if (!acceptsURL(url)) {
      return null;
    }
    ConnectionOptions options = ConnectionOptions.parse(url, url.substring(URL_PREFIX.length()), info);
    if (url.startsWith(REMOTE_PREFIX)) {
      RemoteAddress address = RemoteAddress.parse(url, options.target());
      return new OmniGraphConnection(RemoteSession.open(address, options.branch(), options.at(), options.user(),
          options.password()), url);
    }
    Path directory = graphDirectory(url, options.target());
    Graph graph;
    try {
      graph = Graph.open(directory);
    } catch (OmniGraphException e) {
      throw SqlErrors.translate(e);
    }
    try {
      Graph handle = options.branch() == null ? graph : graph.branch(options.branch());
      return new OmniGraphConnection(new EmbeddedSession(graph, options.at() == null ? handle : handle.at(options.at()), directory), url);
    } catch (OmniGraphException e) {
      graph.close();
      throw SqlErrors.translate(e);
    }
  }

  /**
   * True when the URL starts with {@link #URL_PREFIX} (embedded and remote URLs).
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
   * "Driver properties" tab, {@code ecosystem.md} §2.2): {@code branch}, {@code at}, and
   * {@code user} and {@code password} (a remote server's account; ignored by an embedded graph).
   * Values come from {@code info} when given.
   */
  @Override
  public DriverPropertyInfo[] getPropertyInfo(String url, Properties info) {
    return ConnectionOptions.propertyInfo(info);
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

  private static Path graphDirectory(String url, String path) throws SQLException {
    try {
      return Path.of(path);
    } catch (InvalidPathException e) {
      throw new SQLException("'" + url + "' does not name a directory: " + e.getMessage(), "08001", e);
    }
  }
}
