package dev.omnigraph.compiler.diag;

import java.util.Optional;

/**
 * The one unchecked exception of OmniGraph: an {@link ErrorCode}, a message saying what was
 * expected, and, when known, the {@link SourceLocation} of the offending input.
 *
 * <p>{@link #getMessage()} renders {@code file:line:column: message} so a CLI can print it as
 * one line. {@link #detail()} is the message without the location.
 */
public class OmniGraphException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final ErrorCode code;
  private final SourceLocation location;
  private final String detail;

  public OmniGraphException(ErrorCode code, String detail) {
    this(code, null, detail, null);
  }

  public OmniGraphException(ErrorCode code, SourceLocation location, String detail) {
    this(code, location, detail, null);
  }

  public OmniGraphException(ErrorCode code, SourceLocation location, String detail, Throwable cause) {
    super(location == null ? detail : location + ": " + detail, cause);
    this.code = code;
    this.location = location;
    this.detail = detail;
  }

  /** The stable error code. */
  public ErrorCode code() {
    return code;
  }

  /** Where the offending input is, when the error is about an input. */
  public Optional<SourceLocation> location() {
    return Optional.ofNullable(location);
  }

  /** The message without the location prefix. */
  public String detail() {
    return detail;
  }
}
