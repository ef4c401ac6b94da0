package dev.omnigraph.jdbc;

import java.sql.DriverPropertyInfo;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * The options of one connection, from the URL ({@code jdbc:omnigraph:<dir>;branch=review;at=...})
 * and the {@link Properties} given to {@code connect}; a property given both ways takes the
 * {@link Properties} value.
 *
 * <ul>
 *   <li>{@code branch}: the graph branch the connection reads and writes (its schema), default
 *       {@code main};
 *   <li>{@code at}: a commit id or an ISO-8601 time (e.g. {@code 2026-11-21T10:15:30Z}) of that
 *       branch; the connection then reads that snapshot only and refuses writes (time travel);
 *   <li>{@code user} and {@code password}: accepted and ignored, an embedded graph has no accounts.
 * </ul>
 *
 * Any other name is refused, so a misspelt option never goes unnoticed. Immutable.
 *
 * @param directory the graph directory as the URL gives it
 * @param branch the branch, or null for {@code main}
 * @param at the pinned commit id or time, or null for the branch head
 */
record ConnectionOptions(String directory, String branch, String at) {
  /** Every option name with its description, for {@code getPropertyInfo}. */
  static final Map<String, String> DESCRIPTIONS = Map.of(
      "branch", "the graph branch to read and write, shown as the connection's schema (default main)",
      "at", "a commit id or ISO-8601 time: read that snapshot of the branch only (writes are refused)",
      "user", "accepted and ignored: an embedded graph has no accounts",
      "password", "accepted and ignored: an embedded graph has no accounts");

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
      throw new SQLException("'" + url + "' names no graph directory; use " + OmniGraphDriver.URL_PREFIX
          + "<graph-dir>[;branch=<name>][;at=<commit|time>]", "08001");
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
    return new ConnectionOptions(parts[0], values.get("branch"), values.get("at"));
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
