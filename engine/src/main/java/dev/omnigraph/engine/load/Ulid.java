package dev.omnigraph.engine.load;

import java.security.SecureRandom;

/**
 * Generates ULIDs (26-character Crockford base-32, upper case: 48 bits of milliseconds then 80
 * random bits), the id of nodes without {@code @key} and of edges ({@code pg-schema.md} §3.7).
 * Thread-safe.
 */
public final class Ulid {
  private static final char[] ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();
  private static final SecureRandom RANDOM = new SecureRandom();

  private Ulid() {}

  /** A new ULID for the current time. */
  public static String next() {
    byte[] random = new byte[10];
    RANDOM.nextBytes(random);
    return encode(System.currentTimeMillis(), random);
  }

  static String encode(long millis, byte[] random) {
    char[] out = new char[26];
    for (int i = 9; i >= 0; i--) {
      out[i] = ALPHABET[(int) (millis & 31)];
      millis >>>= 5;
    }
    long high = 0;
    for (int i = 0; i < 5; i++) {
      high = (high << 8) | (random[i] & 0xFF);
    }
    long low = 0;
    for (int i = 5; i < 10; i++) {
      low = (low << 8) | (random[i] & 0xFF);
    }
    for (int i = 17; i >= 10; i--) {
      out[i] = ALPHABET[(int) (high & 31)];
      high >>>= 5;
    }
    for (int i = 25; i >= 18; i--) {
      out[i] = ALPHABET[(int) (low & 31)];
      low >>>= 5;
    }
    return new String(out);
  }
}
