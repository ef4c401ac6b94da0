package dev.omnigraph.jdbc.remote;

import java.sql.SQLException;

/**
 * Where an OmniGraph Flight SQL server listens, from the part of a
 * {@code jdbc:omnigraph://<host>:<port>} URL between {@code jdbc:omnigraph:} and the first
 * {@code ;}: {@code //127.0.0.1:32010}, {@code //db.example.com:32010}, {@code //[::1]:32010};
 * without a port, {@value #DEFAULT_PORT} (the server's default). One trailing {@code /} is
 * allowed; a path is not (the server serves one graph). Immutable.
 *
 * @param host the host name or address, IPv6 without brackets
 * @param port the TCP port, 1-65535
 */
public record RemoteAddress(String host, int port) {
  /** The port {@code omnigraph serve} listens on by default. */
  public static final int DEFAULT_PORT = 32010;
  /** The URL form, for messages. */
  public static final String FORM = "jdbc:omnigraph://<host>:<port>";

  /**
   * Parses {@code target}, which starts with {@code //}.
   *
   * @param url the whole URL, for messages
   * @throws SQLException SQLSTATE {@code 08001} for no host, a port that is not a number in
   *     1-65535, an unclosed {@code [} or a path, naming the URL and the expected form
   */
  public static RemoteAddress parse(String url, String target) throws SQLException {
    if (!target.startsWith("//")) {
      throw bad(url, "it does not start with //");
    }
    String rest = target.substring(2);
    if (rest.endsWith("/")) {
      rest = rest.substring(0, rest.length() - 1);
    }
    if (rest.contains("/")) {
      throw bad(url, "it has a path after host:port; the server serves one graph, so give host and port only");
    }
    String host;
    String port;
    if (rest.startsWith("[")) {
      int close = rest.indexOf(']');
      if (close < 0) {
        throw bad(url, "the IPv6 address has no closing ]");
      }
      host = rest.substring(1, close);
      String after = rest.substring(close + 1);
      if (!after.isEmpty() && !after.startsWith(":")) {
        throw bad(url, "expected :<port> after the IPv6 address");
      }
      port = after.isEmpty() ? null : after.substring(1);
    } else {
      int colon = rest.lastIndexOf(':');
      host = colon < 0 ? rest : rest.substring(0, colon);
      port = colon < 0 ? null : rest.substring(colon + 1);
    }
    if (host.isEmpty()) {
      throw bad(url, "it names no host");
    }
    return new RemoteAddress(host, port == null ? DEFAULT_PORT : port(url, port));
  }

  /** {@code host:port}, IPv6 in brackets, e.g. {@code 127.0.0.1:32010}. */
  @Override
  public String toString() {
    return (host.contains(":") ? "[" + host + "]" : host) + ":" + port;
  }

  private static int port(String url, String text) throws SQLException {
    try {
      int port = Integer.parseInt(text);
      if (port >= 1 && port <= 65_535) {
        return port;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw bad(url, "'" + text + "' is not a port (1-65535)");
  }

  private static SQLException bad(String url, String why) {
    return new SQLException("'" + url + "' is not a remote OmniGraph URL: " + why + "; use " + FORM
        + "[;branch=<name>][;at=<commit|time>][;user=<name>;password=<secret>]", "08001");
  }
}
