package dev.omnigraph.compiler.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.omnigraph.compiler.diag.ErrorCode;
import dev.omnigraph.compiler.diag.OmniGraphException;
import dev.omnigraph.compiler.query.check.CheckedQuery;
import dev.omnigraph.compiler.query.check.MatchStep;
import dev.omnigraph.compiler.query.check.TypeChecker;
import dev.omnigraph.compiler.schema.Catalog;
import dev.omnigraph.compiler.schema.SchemaParser;
import org.junit.jupiter.api.Test;

/** The static check against the reference's type-check fixture schema ({@code gq-language.md} §12 item 74). */
class TypeCheckerTest {
  private static final Catalog CATALOG = SchemaParser.parse("""
      node Person { name: String @key  age: I32?  tags: [String]? }
      node Company { name: String @key }
      edge Knows: Person -> Person { since: Date? }
      edge WorksAt: Person -> Company { title: String? }
      """, "test.pg");

  private static CheckedQuery check(String body) {
    return TypeChecker.check(CATALOG, QueryParser.parse("query q($name: String, $age: I32, $n: I64) {\n" + body + "\n}", "q.gq").queries().get(0));
  }

  @Test
  void namesColumnsAsTheRuntimeDoes() {
    CheckedQuery checked = check("match { $p: Person  $p knows $f } return { $p.name, $f, count($f.age), $p.age as years }");
    assertThat(checked.columnNames()).containsExactly("p.name", "f", "f.age", "years");
    assertThat(checked.aggregate()).isTrue();
  }

  @Test
  void infersBackwardDirectionFromABoundTarget() {
    CheckedQuery checked = check("match { $c: Company { name: $name }  $p worksAt $c } return { $p.name }");
    assertThat(checked.steps()).anySatisfy(step -> assertThat(step).isInstanceOfSatisfying(MatchStep.Expand.class, expand -> {
      assertThat(expand.forward()).isFalse();
      assertThat(expand.to()).isEqualTo("p");
      assertThat(expand.toType().name()).isEqualTo("Person");
    }));
  }

  @Test
  void reportsCodedDiagnosticsAtTheirPlace() {
    assertError("match { $p: Alien } return { $p.name }", "q.gq:2:9", "T1: unknown node type `Alien`");
    assertError("match { $p: Person { nick: \"x\" } } return { $p.name }", "q.gq:2:22", "T2:");
    assertError("match { $p: Person { age: \"x\" } } return { $p.name }", "q.gq:2:22", "T3:");
    assertError("match { $p: Person  $p likes $f } return { $p.name }", "q.gq:2:21", "T4: unknown edge type `likes`");
    assertError("match { $c: Company  $c knows $f } return { $c.name }", "q.gq:2:22", "T5:");
    assertError("match { $p: Person } return { $p.nick }", "q.gq:2:31", "T6:");
    assertError("match { $p: Person  $p.age > \"x\" } return { $p.name }", "q.gq:2:21", "T7:");
    assertError("match { $p: Person } return { sum($p.name) }", "q.gq:2:31", "T8:");
    assertError("match { $p: Person } return { $p.name  \"x\"  count($p) }", "q.gq:2:40", "T9:");
    assertError("match { $p: Person  $p knows{1,} $f } return { $p.name }", "q.gq:2:21", "T15: unbounded traversal is disabled");
    assertError("match { $p: Person  $p.tags > \"x\" } return { $p.name }", "q.gq:2:21", "T7:");
  }

  @Test
  void searchTypeChecksButIsNotExecuted() {
    assertThatThrownBy(() -> check("match { $p: Person  search($p.name, $name) } return { $p.name }"))
        .isInstanceOfSatisfying(OmniGraphException.class, e -> {
          assertThat(e.code()).isEqualTo(ErrorCode.UNSUPPORTED);
          assertThat(e.detail()).contains("search and ranking");
        });
    assertError("match { $p: Person  search($p.age, $name) } return { $p.name }", "q.gq:2:21", "T19:");
  }

  @Test
  void negationScopesItsVariablesAndNeedsAnOuterOne() {
    CheckedQuery checked = check("match { $p: Person  not { $p worksAt $c  $c.name = \"Acme\" } } return { $p.name }");
    assertThat(checked.variables()).containsOnlyKeys("p");
    assertThat(checked.steps()).hasAtLeastOneElementOfType(MatchStep.Negation.class);
    assertError("match { $p: Person  not { $q: Company } } return { $p.name }", "q.gq:2:21", "T9:");
    assertError("match { $p: Person  not { $p worksAt $c } } return { $c.name }", "q.gq:2:54", "T6:");
  }

  @Test
  void edgeBindingMisuseIsT23AndUndirectedAsymmetricIsT22() {
    assertError("match { $p: Person  $p $w:knows{1,2} $f } return { $p.name }", "q.gq:2:21", "T23:");
    assertError("match { $p: Person  $p $w:knows $f } return { $w }", "q.gq:2:47", "T23:");
    assertError("match { $p: Person  $p <worksAt> $c } return { $p.name }", "q.gq:2:21", "T22:");
    CheckedQuery checked = check("match { $p: Person  $p $w:knows $f } return { $w.since }");
    assertThat(checked.edgeVariables()).containsOnlyKeys("w");
  }

  @Test
  void syntaxErrorsNameTheToken() {
    assertThatThrownBy(() -> QueryParser.parse("query q() { match { $p: Person } }", "q.gq"))
        .isInstanceOfSatisfying(OmniGraphException.class, e -> {
          assertThat(e.code()).isEqualTo(ErrorCode.SYNTAX_ERROR);
          assertThat(e.getMessage()).startsWith("q.gq:1:34: syntax error at '}'");
        });
  }

  @Test
  void aTraversalFromAFreshVariableToItselfIsACycleCheck() {
    CheckedQuery checked = check("match { $p knows $p } return { $p.name }");
    assertThat(checked.steps()).anySatisfy(step -> assertThat(step).isInstanceOfSatisfying(MatchStep.Expand.class, expand -> {
      assertThat(expand.from()).isEqualTo("p");
      assertThat(expand.to()).isEqualTo("p");
      assertThat(expand.toIsNew()).isFalse();
    }));
  }

  @Test
  void anUnboundBareVariableIsAnUncodedError() {
    assertError("match { $p: Person } return { $p.name, $zz }", "q.gq:2:40", "variable `$zz` is not bound");
  }

  private static void assertError(String body, String location, String fragment) {
    assertThatThrownBy(() -> check(body)).isInstanceOfSatisfying(OmniGraphException.class, e -> {
      assertThat(e.code()).isEqualTo(ErrorCode.TYPE_ERROR);
      assertThat(e.location()).map(Object::toString).hasValue(location);
      assertThat(e.detail()).startsWith(fragment);
    });
  }
}
