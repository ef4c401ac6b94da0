package dev.omnigraph.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.omnigraph.compiler.diag.ErrorCode;
import dev.omnigraph.compiler.diag.OmniGraphException;
import dev.omnigraph.compiler.diag.SourceLocation;
import java.sql.SQLDataException;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.SQLSyntaxErrorException;
import org.junit.jupiter.api.Test;

class SqlErrorsTest {

  @Test
  void translatesBySqlStateClassKeepingMessageStateCodeAndCause() {
    OmniGraphException error =
        new OmniGraphException(
            ErrorCode.SYNTAX_ERROR, new SourceLocation("<statement>", 1, 7), "expected '{'");

    SQLException translated = SqlErrors.translate(error);

    assertThat((Throwable) translated)
        .isInstanceOf(SQLSyntaxErrorException.class)
        .hasMessage("<statement>:1:7: expected '{'")
        .hasCause(error);
    assertThat(translated.getSQLState()).isEqualTo("42601");
    assertThat(translated.getErrorCode()).isEqualTo(1);
  }

  @Test
  void choosesTheSubclassOfEachCode() {
    assertThat(translate(ErrorCode.TYPE_ERROR)).isInstanceOf(SQLSyntaxErrorException.class);
    assertThat(translate(ErrorCode.NOT_FOUND)).isInstanceOf(SQLSyntaxErrorException.class);
    assertThat(translate(ErrorCode.INVALID_PARAMETER)).isInstanceOf(SQLDataException.class);
    assertThat(translate(ErrorCode.DATA_ERROR)).isInstanceOf(SQLDataException.class);
    assertThat(translate(ErrorCode.UNSUPPORTED)).isInstanceOf(SQLFeatureNotSupportedException.class);
    assertThat(translate(ErrorCode.STORAGE_ERROR)).isExactlyInstanceOf(SQLException.class);
    assertThat(SqlErrors.translate(new OmniGraphException(ErrorCode.STORAGE_ERROR, "failed")).getSQLState())
        .isEqualTo("58030");
  }

  private static Throwable translate(ErrorCode code) {
    return SqlErrors.translate(new OmniGraphException(code, "failed"));
  }
}
