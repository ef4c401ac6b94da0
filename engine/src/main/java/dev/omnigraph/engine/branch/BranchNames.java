package dev.omnigraph.engine.branch;

import dev.omnigraph.compiler.diag.ErrorCode;
import dev.omnigraph.compiler.diag.OmniGraphException;
import dev.omnigraph.engine.storage.GraphManifest;
import java.util.regex.Pattern;

/**
 * The names a created graph branch may have: 1 to 100 characters of letters, digits, {@code .},
 * {@code _} and {@code -}, starting with a letter or digit; {@code main} and names starting with
 * {@code __} are reserved ({@code storage-recovery.md} §1.10). Unlike the reference, {@code /} is
 * not allowed, so a branch name is always one file name.
 */
public final class BranchNames {
  private static final Pattern VALID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,99}");

  private BranchNames() {}

  /**
   * Checks a name for a new branch.
   *
   * @throws OmniGraphException {@code INVALID_PARAMETER} saying what is wrong with it
   */
  public static void validateNew(String name) {
    if (name == null || name.isEmpty()) {
      throw invalid(name, "a branch name cannot be empty");
    }
    if (!name.strip().equals(name)) {
      throw invalid(name, "a branch name cannot start or end with spaces");
    }
    if (name.equals(GraphManifest.MAIN)) {
      throw invalid(name, "'main' is the graph's first branch and always exists");
    }
    if (name.startsWith("__")) {
      throw invalid(name, "names starting with '__' are reserved for internal use");
    }
    if (!VALID.matcher(name).matches()) {
      throw invalid(name, "use 1-100 letters, digits, '.', '_' or '-', starting with a letter or digit");
    }
  }

  private static OmniGraphException invalid(String name, String why) {
    return new OmniGraphException(ErrorCode.INVALID_PARAMETER, null, "invalid branch name '" + name + "': " + why);
  }
}
