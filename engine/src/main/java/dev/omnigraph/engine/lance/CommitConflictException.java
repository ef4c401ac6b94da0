package dev.omnigraph.engine.lance;

/**
 * Lance refused a commit because the table moved past the staged transaction's read version:
 * nothing landed, so the write may be prepared again ({@code storage-recovery.md} §3.7 step 3,
 * the effect-free conflict).
 */
public final class CommitConflictException extends RuntimeException {
  private final String uri;
  private final long readVersion;

  CommitConflictException(String uri, long readVersion, Throwable cause) {
    super("the table " + uri + " moved past version " + readVersion + " before the commit", cause);
    this.uri = uri;
    this.readVersion = readVersion;
  }

  /** The table. */
  public String uri() {
    return uri;
  }

  /** The version the refused transaction was staged against. */
  public long readVersion() {
    return readVersion;
  }
}
