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

  @Test
  void sqlUpdatesStartWithInsertUpdateOrDelete() {
    assertThat(StatementText.isSqlUpdate("INSERT INTO Person(slug) VALUES ('a')")).isTrue();
    assertThat(StatementText.isSqlUpdate("-- edit\n  update \"Person\" SET age = 1")).isTrue();
    assertThat(StatementText.isSqlUpdate("/* row */ Delete\nFROM Person")).isTrue();
    assertThat(StatementText.isSqlUpdate("SELECT * FROM Person")).isFalse();
    assertThat(StatementText.isSqlUpdate("updates FROM t")).isFalse();
    assertThat(StatementText.isSqlUpdate("query q() { delete Person where slug = \"a\" }")).isFalse();
  }
}
