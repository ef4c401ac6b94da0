package dev.omnigraph.flight.auth;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.omnigraph.compiler.diag.ErrorCode;
import dev.omnigraph.compiler.diag.OmniGraphException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Map;
import java.util.TreeMap;

/**
 * The users a server accepts and their passwords, e.g. read from a JSON file
 * {@code {"alice": "s3cret", "bob": "hunter2"}}. Passwords are compared in constant time.
 * Immutable and thread-safe.
 */
public final class Users {
  private final Map<String, byte[]> passwords;

  /** @param passwords password by user name; at least one user */
  public Users(Map<String, String> passwords) {
    if (passwords.isEmpty()) {
      throw new OmniGraphException(ErrorCode.INVALID_PARAMETER, "the users list is empty; give at least one user");
    }
    Map<String, byte[]> copy = new TreeMap<>();
    passwords.forEach((user, password) -> copy.put(user, password.getBytes(StandardCharsets.UTF_8)));
    this.passwords = copy;
  }

  /**
   * Reads a JSON object of user name to password.
   *
   * @throws OmniGraphException {@code NOT_FOUND} when the file does not exist;
   *     {@code INVALID_PARAMETER} when it is not such an object or names no user
   */
  public static Users read(Path file) {
    try {
      return new Users(new ObjectMapper().readValue(file.toFile(), new TypeReference<Map<String, String>>() {}));
    } catch (NoSuchFileException e) {
      throw new OmniGraphException(ErrorCode.NOT_FOUND, "cannot read the users file " + file + ": no such file");
    } catch (IOException e) {
      throw new OmniGraphException(ErrorCode.INVALID_PARAMETER, file + " is not a JSON object of user name to password: "
          + e.getMessage());
    }
  }

  /** True when {@code user} exists and {@code password} is theirs. */
  public boolean accepts(String user, String password) {
    byte[] expected = passwords.get(user);
    return expected != null && MessageDigest.isEqual(expected, password.getBytes(StandardCharsets.UTF_8));
  }
}
