package dev.omnigraph.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.omnigraph.jdbc.CallSyntax.Call;
import dev.omnigraph.jdbc.CallSyntax.Literal;
import dev.omnigraph.jdbc.CallSyntax.Marker;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.SQLSyntaxErrorException;
import java.util.List;
import org.junit.jupiter.api.Test;

class CallSyntaxTest {

  @Test
  void recognisesCallsAndLeavesGqTextAlone() {
    assertThat(CallSyntax.isCall("{call q(?)}")).isTrue();
    assertThat(CallSyntax.isCall("  CALL q()")).isTrue();
    assertThat(CallSyntax.isCall("call\nq")).isTrue();
    assertThat(CallSyntax.isCall("call")).isTrue();
    assertThat(CallSyntax.isCall("query q() { match { $p: Person } return { $p.name } }")).isFalse();
    assertThat(CallSyntax.isCall("callers")).isFalse();
    assertThat(CallSyntax.isCall("// CALL q()\nquery q() {}")).isFalse();
  }

  @Test
  void parsesTheJdbcEscapeWithMarkersNumberedInOrder() throws SQLException {
    Call call = CallSyntax.parse("{call friends_of(?, ?)}");

    assertThat(call.name()).isEqualTo("friends_of");
    assertThat(call.arguments()).containsExactly(new Marker(1), new Marker(2));
    assertThat(call.markerCount()).isEqualTo(2);
    assertThat(CallSyntax.parse(" { CALL  q ( ) } ").arguments()).isEmpty();
    assertThat(CallSyntax.parse("{call q}").arguments()).isEmpty();
  }

  @Test
  void parsesPlainCallsWithLiteralsOfEveryKind() throws SQLException {
    Call call = CallSyntax.parse("CALL q('it''s', 42, -7, 3000000000, 2.5, -1e3, .5, TRUE, false, Null, ?, '') ;");

    assertThat(call.name()).isEqualTo("q");
    assertThat(values(call)).containsExactly("it's", 42, -7, 3_000_000_000L, 2.5, -1000.0, 0.5, true, false, null, "?", "");
    assertThat(call.markerCount()).isEqualTo(1);
    assertThat(CallSyntax.parse("call Q_2").name()).isEqualTo("Q_2");
    assertThat(values(CallSyntax.parse("CALL q(-2147483648, 9223372036854775807, '{call x(?)}')")))
        .containsExactly(Integer.MIN_VALUE, Long.MAX_VALUE, "{call x(?)}");
  }

  @Test
  void syntaxErrorsNameTheColumnAndTheExpectedToken() {
    assertSyntaxError("CALL q(1 2)", "call syntax: column 10: expected ',' or ')', found '2'");
    assertSyntaxError("{call q(?)", "call syntax: column 11: expected '}', found the end of the text");
    assertSyntaxError("CALL q('open)", "call syntax: column 8: unterminated string");
    assertSyntaxError("CALL (1)", "call syntax: column 6: expected the name of a stored query");
    assertSyntaxError("CALL q(x)", "call syntax: column 8: expected ?, a 'string', a number, true, false or NULL");
    assertSyntaxError("CALL q(12abc)", "call syntax: column 10: expected ',' or ')' after a number");
    assertSyntaxError("CALL q(99999999999999999999)", "call syntax: column 8: integer 99999999999999999999 is beyond the 64-bit range");
    assertSyntaxError("{call q()} extra", "call syntax: column 12: expected the end of the call");
    assertSyntaxError("{ select 1 }", "call syntax: column 3: expected CALL");
  }

  @Test
  void aReturnValueCallIsNotSupported() {
    assertThatThrownBy(() -> CallSyntax.parse("{?= call q(?)}"))
        .isInstanceOf(SQLFeatureNotSupportedException.class)
        .hasMessageContaining("a stored query returns rows, not a value");
  }

  private static void assertSyntaxError(String text, String message) {
    assertThatThrownBy(() -> CallSyntax.parse(text))
        .as(text)
        .isInstanceOfSatisfying(SQLSyntaxErrorException.class, e -> assertThat(e.getSQLState()).isEqualTo("42601"))
        .hasMessageStartingWith(message);
  }

  private static List<Object> values(Call call) {
    return call.arguments().stream().map(a -> a instanceof Literal literal ? literal.value() : (Object) "?")
        .collect(java.util.stream.Collectors.toCollection(java.util.ArrayList::new));
  }
}
