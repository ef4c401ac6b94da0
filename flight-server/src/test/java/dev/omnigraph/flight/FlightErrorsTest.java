package dev.omnigraph.flight;

import static org.assertj.core.api.Assertions.assertThat;

import dev.omnigraph.compiler.diag.ErrorCode;
import dev.omnigraph.compiler.diag.OmniGraphException;
import org.apache.arrow.flight.FlightRuntimeException;
import org.apache.arrow.flight.FlightStatusCode;
import org.junit.jupiter.api.Test;

class FlightErrorsTest {
  @Test
  void engineErrorsCarryTheirCodeAndSqlStateInTheDescriptionAndTrailers() {
    FlightRuntimeException error = FlightErrors.toFlight(new OmniGraphException(ErrorCode.WRITE_CONFLICT, "lost the race"));
    assertThat(error.status().code()).isEqualTo(FlightStatusCode.UNAVAILABLE);
    assertThat(error.getMessage()).isEqualTo("WRITE_CONFLICT (SQLSTATE 40001): lost the race");
    assertThat(error.status().metadata().get(FlightErrors.CODE_KEY)).isEqualTo("WRITE_CONFLICT");
    assertThat(error.status().metadata().get(FlightErrors.SQLSTATE_KEY)).isEqualTo("40001");
  }

  @Test
  void everyErrorCodeHasAStatusAndUserErrorsAreInvalidArgument() {
    assertThat(FlightErrors.status(ErrorCode.SYNTAX_ERROR).code()).isEqualTo(FlightStatusCode.INVALID_ARGUMENT);
    assertThat(FlightErrors.status(ErrorCode.CONSTRAINT_VIOLATION).code()).isEqualTo(FlightStatusCode.INVALID_ARGUMENT);
    assertThat(FlightErrors.status(ErrorCode.NOT_FOUND).code()).isEqualTo(FlightStatusCode.NOT_FOUND);
    assertThat(FlightErrors.status(ErrorCode.KEY_CONFLICT).code()).isEqualTo(FlightStatusCode.ALREADY_EXISTS);
    assertThat(FlightErrors.status(ErrorCode.UNSUPPORTED).code()).isEqualTo(FlightStatusCode.UNIMPLEMENTED);
    assertThat(FlightErrors.status(ErrorCode.INTERNAL_ERROR).code()).isEqualTo(FlightStatusCode.INTERNAL);
    for (ErrorCode code : ErrorCode.values()) {
      assertThat(FlightErrors.status(code)).isNotNull();
    }
  }

  @Test
  void otherThrowablesAreInternalWithTheirMessageOnly() {
    FlightRuntimeException error = FlightErrors.toFlight(new IllegalStateException("boom"));
    assertThat(error.status().code()).isEqualTo(FlightStatusCode.INTERNAL);
    assertThat(error.getMessage()).isEqualTo("internal error: boom");
    assertThat(error.status().cause()).isNull();
  }
}
