package dev.omnigraph.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StatementTextTest {

  @Test
  void gqStartsWithTheQueryKeyword() {
    assertThat(StatementText.isGq("query q() { match { $p: Person } return { $p.name } }")).isTrue();
    assertThat(StatementText.isGq("  // people\n/* all */ query q() {}")).isTrue();
    assertThat(StatementText.isGq("-- note\nquery\tq() {}")).isTrue();
    assertThat(StatementText.isGq("   ")).isTrue();
  }

  @Test
  void anythingElseIsSql() {
    assertThat(StatementText.isGq("SELECT * FROM Person")).isFalse();
    assertThat(StatementText.isGq("-- query\nSELECT 1")).isFalse();
    assertThat(StatementText.isGq("querying FROM t")).isFalse();
    assertThat(StatementText.isGq("QUERY q() {}")).isFalse();
    assertThat(StatementText.isGq("EXPLAIN PLAN FOR SELECT 1")).isFalse();
  }
}
