package dev.omnigraph.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.omnigraph.compiler.diag.ErrorCode;
import dev.omnigraph.compiler.diag.OmniGraphException;
import dev.omnigraph.compiler.schema.Catalog;
import dev.omnigraph.compiler.schema.SchemaParser;
import org.junit.jupiter.api.Test;

/** Checked mutations are cached by (text, source name, query name), like read plans; failures are not cached. */
class MutationCacheTest {
  private static final Catalog CATALOG = SchemaParser.parse("node Person { name: String @key  age: I32? }", "s.pg");
  private static final String TEXT = """
      query add($n: String) { insert Person { name: $n } }
      query older($n: String) { update Person set { age: 40 } where name = $n }
      """;

  private final MutationCache cache = new MutationCache(CATALOG);

  @Test
  void theSameTextAndNameSkipParsingAndCheckingAgain() {
    assertThat(cache.prepare(TEXT, "a.gq", "add")).isSameAs(cache.prepare(TEXT, "a.gq", "add"));
    assertThat(cache.prepare(TEXT, "a.gq", "older")).isNotSameAs(cache.prepare(TEXT, "a.gq", "add"));
    assertThat(cache.prepare(TEXT, "a.gq", "older").query().name()).isEqualTo("older");
  }

  @Test
  void anotherSourceNameIsCheckedAgainSoStatementsKeepTheirOwnLocation() {
    assertThat(cache.prepare(TEXT, "b.gq", "add").statements().get(0).source().at().source()).isEqualTo("b.gq");
    assertThat(cache.prepare(TEXT, "a.gq", "add").statements().get(0).source().at().source()).isEqualTo("a.gq");
  }

  @Test
  void aReadQueryIsATypeErrorSayingToUseQuery() {
    assertThatThrownBy(() -> cache.prepare("query q() { match { $p: Person } return { $p.name } }", "q.gq", null))
        .isInstanceOfSatisfying(OmniGraphException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.TYPE_ERROR))
        .hasMessage("q.gq:1:1: mutation execution called on read query `q`; use query instead");
  }

  @Test
  void aMutationThatFailsToCheckIsNotCached() {
    String text = "query bad() { insert Person { age: 3 } }";

    assertThatThrownBy(() -> cache.prepare(text, "x.gq", null)).isInstanceOf(OmniGraphException.class);
    assertThatThrownBy(() -> cache.prepare(text, "y.gq", null)).hasMessageStartingWith("y.gq:");
  }
}
