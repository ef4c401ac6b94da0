package dev.omnigraph.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.omnigraph.compiler.query.ParamDecl;
import dev.omnigraph.compiler.schema.PropType;
import dev.omnigraph.compiler.schema.ScalarType;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Matching call arguments to declared parameters by position. */
class CallBindingTest {
  static final List<ParamDecl> PARAMS = List.of(
      new ParamDecl("name", PropType.of(ScalarType.STRING, false)),
      new ParamDecl("age", PropType.of(ScalarType.I32, true)),
      new ParamDecl("ok", PropType.of(ScalarType.BOOL, false)));

  @Test
  void literalsAndMarkersBindTheParametersInDeclarationOrder() throws SQLException {
    CallBinding binding = CallBinding.of(CallSyntax.parse("CALL q(?, 30, ?)"), PARAMS);

    assertThat(binding.markerCount()).isEqualTo(2);
    assertThat(binding.markerParams()).extracting(ParamDecl::name).containsExactly("name", "ok");
    Map<String, Object> expected = new HashMap<>();
    expected.put("name", "Ada");
    expected.put("age", 30);
    expected.put("ok", true);
    assertThat(binding.params(new Object[] {"Ada", true}, new boolean[] {true, true})).isEqualTo(expected);
  }

  @Test
  void tooFewArgumentsIs07001NamingTheMissingPositions() {
    assertThatThrownBy(() -> CallBinding.of(CallSyntax.parse("{call q(?)}"), PARAMS))
        .isInstanceOfSatisfying(SQLException.class, e -> assertThat(e.getSQLState()).isEqualTo("07001"))
        .hasMessage("CALL q gives 1 argument but q declares 3 parameters ($name: String, $age: I32?, $ok: Bool); "
            + "arguments 2, 3 are missing");
  }

  @Test
  void tooManyArgumentsIs07009NamingTheExtraPositions() {
    assertThatThrownBy(() -> CallBinding.of(CallSyntax.parse("CALL q('a', 1, true, 2)"), PARAMS))
        .isInstanceOfSatisfying(SQLException.class, e -> assertThat(e.getSQLState()).isEqualTo("07009"))
        .hasMessageEndingWith("; argument 4 has no parameter");
    assertThatThrownBy(() -> CallBinding.of(CallSyntax.parse("CALL q(1)"), List.of()))
        .hasMessage("CALL q gives 1 argument but q declares 0 parameters; argument 1 has no parameter");
  }

  @Test
  void unsetMarkersAre07001AtExecution() throws SQLException {
    CallBinding binding = CallBinding.of(CallSyntax.parse("CALL q(?, ?, ?)"), PARAMS);

    assertThatThrownBy(() -> binding.params(new Object[3], new boolean[] {true, false, false}))
        .isInstanceOfSatisfying(SQLException.class, e -> assertThat(e.getSQLState()).isEqualTo("07001"))
        .hasMessage("parameters 2, 3 of q are not set ($age, $ok)");
  }

  @Test
  void preparedGqTextTakesOneMarkerPerParameter() throws SQLException {
    CallBinding binding = CallBinding.allMarkers("q", PARAMS);

    assertThat(binding.markerCount()).isEqualTo(3);
    assertThat(binding.params(new Object[] {"a", null, false}, new boolean[] {true, true, true}))
        .containsEntry("name", "a").containsEntry("age", null).containsEntry("ok", false);
  }
}
