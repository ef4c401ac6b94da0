package dev.omnigraph.jdbc;

import java.sql.DriverPropertyInfo;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * The options of one connection, from the URL ({@code jdbc:omnigraph:<dir>;branch=review;at=...}
 * or {@code jdbc:omnigraph://host:port;branch=...;user=...}) and the {@link Properties} given to
 * {@code connect}; a property given both ways takes the {@link Properties} value.
 *
 * <ul>
 *   <li>{@code branch}: the graph branch the connection reads and writes (its schema), default
 *       {@code main};
 *   <li>{@code at}: a commit id or an ISO-8601 time (e.g. {@code 2026-11-21T10:15:30Z}) of that
 *       branch; the connection then reads that snapshot only and refuses writes (time travel);
 *   <li>{@code user} and {@code password}: the account on a remote server (basic handshake to a
 *       bearer token; no user means the server runs without authentication); accepted and
 *       ignored by an embedded graph, which has no accounts.
 * </ul>
 *
 * Any other name is refused, so a misspelt option never goes unnoticed. Immutable.
 *
 * @param target the graph directory as the URL gives it, or {@code //host:port} for a server
 * @param branch the branch, or null for {@code main}
 * @param at the pinned commit id or time, or null for the branch head
 * @param user the user name, or null (or empty) for none
 * @param password the password, or null
 */
record ConnectionOptions(String target, String branch, String at, String user, String password) {
  /** Every option name with its description, for {@code getPropertyInfo}. */
  static final Map<String, String> DESCRIPTIONS = Map.of(
      "branch", "the graph branch to read and write, shown as the connection's schema (default main)",
      "at", "a commit id or ISO-8601 time: read that snapshot of the branch only (writes are refused)",
      "user", "the user on a remote server (jdbc:omnigraph://host:port); none for a server without authentication;"
          + " ignored by an embedded graph",
      "password", "the user's password on a remote server; ignored by an embedded graph");

  private static final List<String> IGNORED = List.of("user", "password");

  /**
   * Parses the part of {@code url} after the driver's prefix, and {@code info}.
   *
   * @throws SQLException SQLSTATE {@code 08001} for a URL without a directory, a malformed
   *     {@code name=value} part, an unknown option or an empty value
   */
  static ConnectionOptions parse(String url, String rest, Properties info) throws SQLException {
    String[] parts = rest.split(";");
    if (parts.length == 0 || parts[0].isEmpty()) {
      throw new SQLException("'" + url + "' names no graph directory or server; use " + OmniGraphDriver.URL_PREFIX
          + "<graph-dir>[;branch=<name>][;at=<commit|time>] or " + OmniGraphDriver.URL_PREFIX + "//<host>:<port>[;...]", "08001");
    }
    Map<String, String> values = new TreeMap<>();
    for (int i = 1; i < parts.length; i++) {
      int eq = parts[i].indexOf('=');
      if (eq <= 0) {
        throw new SQLException("'" + parts[i] + "' in '" + url + "' is not name=value", "08001");
      }
      values.put(parts[i].substring(0, eq).trim(), parts[i].substring(eq + 1).trim());
    }
    if (info != null) {
      info.stringPropertyNames().forEach(name -> values.put(name, info.getProperty(name)));
    }
    for (Map.Entry<String, String> option : values.entrySet()) {
      if (!DESCRIPTIONS.containsKey(option.getKey())) {
        throw new SQLException("unknown connection property '" + option.getKey() + "'; " + OmniGraphDriver.URL_PREFIX
            + " takes " + String.join(", ", new TreeMap<>(DESCRIPTIONS).keySet()), "08001");
      }
      if (!IGNORED.contains(option.getKey()) && option.getValue().isEmpty()) {
        throw new SQLException("connection property '" + option.getKey() + "' is empty", "08001");
      }
    }
    String user = values.get("user");
    return new ConnectionOptions(parts[0], values.get("branch"), values.get("at"), user == null || user.isEmpty() ? null : user,
        values.get("password"));
  }

  /** The options as {@link java.sql.Driver#getPropertyInfo} lists them, values from {@code info}. */
  static DriverPropertyInfo[] propertyInfo(Properties info) {
    List<String> names = List.of("branch", "at", "user", "password");
    DriverPropertyInfo[] out = new DriverPropertyInfo[names.size()];
    for (int i = 0; i < out.length; i++) {
      String name = names.get(i);
      out[i] = new DriverPropertyInfo(name, info == null ? null : info.getProperty(name));
      out[i].required = false;
      out[i].description = DESCRIPTIONS.get(name);
    }
    return out;
  }
}
