package dev.omnigraph.flight.statement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class CallTextTest {
  @Test
  void recognisesBothSpellingsAndNothingElse() {
    assertThat(CallText.isCall("  CALL f()")).isTrue();
    assertThat(CallText.isCall("{call f}")).isTrue();
    assertThat(CallText.isCall("call")).isTrue();
    assertThat(CallText.isCall("callers()")).isFalse();
    assertThat(CallText.isCall("query q() { }")).isFalse();
    assertThat(CallText.isCall("SELECT 1")).isFalse();
  }

  @Test
  void parsesMarkersAndLiterals() {
    CallText.Call call = CallText.parse("CALL f(?, 'it''s', 42, 2.5, true, NULL);");
    assertThat(call.name()).isEqualTo("f");
    assertThat(call.arguments()).isEqualTo(Arrays.asList(CallText.MARKER, "it's", 42L, 2.5, true, null));
    assertThat(CallText.parse("{call g}").arguments()).isEmpty();
  }

  @Test
  void syntaxErrorsNameLineAndColumn() {
    assertThatThrownBy(() -> CallText.parse("CALL f(1\n  2)")).hasMessage("<statement>:2:3: expected ',' or ')'");
    assertThatThrownBy(() -> CallText.parse("{call f(1)")).hasMessageContaining("expected '}'");
    assertThatThrownBy(() -> CallText.parse("CALL f('x")).hasMessageContaining("unterminated string literal");
  }
}
