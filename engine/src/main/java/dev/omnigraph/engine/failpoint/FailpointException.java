package dev.omnigraph.engine.failpoint;

import dev.omnigraph.compiler.diag.ErrorCode;
import dev.omnigraph.compiler.diag.OmniGraphException;

/** The failure an {@link Failpoints.Action#ERROR} point injects: a {@code STORAGE_ERROR}, as an I/O failure there would be. */
public final class FailpointException extends OmniGraphException {
  private final Failpoint point;

  FailpointException(Failpoint point) {
    super(ErrorCode.STORAGE_ERROR, null, "injected failure at " + point.id());
    this.point = point;
  }

  /** The point that fired. */
  public Failpoint point() {
    return point;
  }
}
