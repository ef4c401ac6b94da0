package dev.omnigraph.jdbc;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * The driver's version, read once from {@code omnigraph-jdbc.properties}, which the build fills
 * with the Maven project version (e.g. {@code 0.1.0-SNAPSHOT}): the full text and its numeric
 * major and minor parts.
 */
final class DriverVersion {
  /** The full version text, e.g. {@code 0.1.0-SNAPSHOT}. */
  static final String VERSION = read();
  /** The number before the first dot, e.g. 0. */
  static final int MAJOR = part(0);
  /** The number after the first dot, e.g. 1. */
  static final int MINOR = part(1);

  private DriverVersion() {}

  private static String read() {
    try (InputStream in = DriverVersion.class.getResourceAsStream("/omnigraph-jdbc.properties")) {
      if (in == null) {
        throw new IllegalStateException("omnigraph-jdbc.properties is missing from the driver jar");
      }
      Properties properties = new Properties();
      properties.load(in);
      return properties.getProperty("version");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static int part(int index) {
    String[] parts = VERSION.split("[.-]");
    return Integer.parseInt(parts[index]);
  }
}
