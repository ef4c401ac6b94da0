package dev.omnigraph.flight;

import dev.omnigraph.compiler.diag.ErrorCode;
import dev.omnigraph.compiler.diag.OmniGraphException;
import org.apache.arrow.flight.CallStatus;
import org.apache.arrow.flight.ErrorFlightMetadata;
import org.apache.arrow.flight.FlightRuntimeException;

/**
 * The one place where engine errors become gRPC statuses. Every producer entry point catches
 * what it throws and passes it through {@link #toFlight(Throwable)}, so a bad request fails that
 * call and the server keeps serving.
 *
 * <pre>
 * ErrorCode                                   CallStatus
 * SYNTAX_ERROR, SCHEMA_ERROR, TYPE_ERROR,
 * INVALID_PARAMETER, DATA_ERROR,
 * CONSTRAINT_VIOLATION                        INVALID_ARGUMENT
 * NOT_FOUND                                   NOT_FOUND
 * ALREADY_EXISTS, KEY_CONFLICT                ALREADY_EXISTS
 * UNSUPPORTED                                 UNIMPLEMENTED
 * WRITE_CONFLICT, RECOVERY_REQUIRED           UNAVAILABLE (retry the call)
 * STORAGE_ERROR, INTERNAL_ERROR               INTERNAL
 * CANCELLED                                   CANCELLED
 * </pre>
 *
 * <p>The description is {@code <CODE> (SQLSTATE <state>): <message>}, e.g.
 * {@code SYNTAX_ERROR (SQLSTATE 42601): <statement>:1:7: expected '{'}; the trailers
 * {@value #CODE_KEY} and {@value #SQLSTATE_KEY} carry the code name and SQLSTATE for clients that
 * read metadata. A Java exception's stack trace never crosses the wire: other throwables become
 * {@code INTERNAL} with their message only. Stateless.
 */
public final class FlightErrors {
  /** The error trailer naming the {@link ErrorCode}, e.g. {@code SYNTAX_ERROR}. */
  public static final String CODE_KEY = "omnigraph-error-code";
  /** The error trailer holding the SQLSTATE, e.g. {@code 42601}. */
  public static final String SQLSTATE_KEY = "omnigraph-sqlstate";

  private FlightErrors() {}

  /** The status a failed engine call is answered with (see the class table). */
  public static FlightRuntimeException toFlight(Throwable error) {
    if (error instanceof FlightRuntimeException flight) {
      return flight;
    }
    if (error instanceof OmniGraphException omni) {
      ErrorFlightMetadata metadata = new ErrorFlightMetadata();
      metadata.insert(CODE_KEY, omni.code().name());
      metadata.insert(SQLSTATE_KEY, omni.code().sqlState());
      return status(omni.code())
          .withDescription(omni.code().name() + " (SQLSTATE " + omni.code().sqlState() + "): " + omni.getMessage())
          .withMetadata(metadata)
          .toRuntimeException();
    }
    String message = error.getMessage() == null ? error.getClass().getSimpleName() : error.getMessage();
    return CallStatus.INTERNAL.withDescription("internal error: " + message).toRuntimeException();
  }

  /** The status class of an error code. */
  public static CallStatus status(ErrorCode code) {
    return switch (code) {
      case SYNTAX_ERROR, SCHEMA_ERROR, TYPE_ERROR, INVALID_PARAMETER, DATA_ERROR, CONSTRAINT_VIOLATION -> CallStatus.INVALID_ARGUMENT;
      case NOT_FOUND -> CallStatus.NOT_FOUND;
      case ALREADY_EXISTS, KEY_CONFLICT -> CallStatus.ALREADY_EXISTS;
      case UNSUPPORTED -> CallStatus.UNIMPLEMENTED;
      case WRITE_CONFLICT, RECOVERY_REQUIRED -> CallStatus.UNAVAILABLE;
      case STORAGE_ERROR, INTERNAL_ERROR -> CallStatus.INTERNAL;
      case CANCELLED -> CallStatus.CANCELLED;
    };
  }

  /** An {@code INVALID_ARGUMENT} failure with {@code message}, for malformed requests. */
  public static FlightRuntimeException invalid(String message) {
    return CallStatus.INVALID_ARGUMENT.withDescription(message).toRuntimeException();
  }

  /** A {@code NOT_FOUND} failure with {@code message}. */
  public static FlightRuntimeException notFound(String message) {
    return CallStatus.NOT_FOUND.withDescription(message).toRuntimeException();
  }

  /** An {@code UNIMPLEMENTED} failure with {@code message} saying what to do instead. */
  public static FlightRuntimeException unimplemented(String message) {
    return CallStatus.UNIMPLEMENTED.withDescription(message).toRuntimeException();
  }
}
