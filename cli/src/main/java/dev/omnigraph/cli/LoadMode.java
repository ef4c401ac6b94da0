package dev.omnigraph.cli;

import dev.omnigraph.compiler.diag.ErrorCode;
import dev.omnigraph.compiler.diag.OmniGraphException;
import java.util.Locale;

/**
 * The {@code --mode} of {@code omnigraph load}. All three modes of the reference are accepted
 * on the command line so that the unsupported ones fail with a message rather than as unknown
 * values; this version executes {@link #APPEND} only.
 */
enum LoadMode {
  /** Strict insert: every record is new. */
  APPEND,
  /** Upsert by key: not supported yet. */
  MERGE,
  /** Replace each touched type's rows: not supported yet. */
  OVERWRITE;

  /**
   * Checks that this version can run the mode.
   *
   * @throws OmniGraphException {@code UNSUPPORTED} for {@link #MERGE} and {@link #OVERWRITE}
   */
  void requireSupported() {
    if (this != APPEND) {
      throw new OmniGraphException(
          ErrorCode.UNSUPPORTED, "--mode " + this + " is not supported yet; only --mode append is");
    }
  }

  /** Converts {@code --mode} values. */
  static final class Converter extends LowerCaseEnumConverter<LoadMode> {
    Converter() {
      super(LoadMode.class);
    }
  }

  /** The spelling on the command line: {@code append}, {@code merge}, {@code overwrite}. */
  @Override
  public String toString() {
    return name().toLowerCase(Locale.ROOT);
  }
}
