package dev.omnigraph.engine.meta;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NamePatternTest {

  @Test
  void nullMatchesEveryName() {
    assertThat(NamePattern.of(null).matches("Person")).isTrue();
    assertThat(NamePattern.of(null).matches(null)).isTrue();
  }

  @Test
  void percentAndUnderscoreAreWildcards() {
    assertThat(NamePattern.of("%").matches("Person")).isTrue();
    assertThat(NamePattern.of("Per%").matches("Person")).isTrue();
    assertThat(NamePattern.of("Per%").matches("Company")).isFalse();
    assertThat(NamePattern.of("P_rson").matches("Person")).isTrue();
    assertThat(NamePattern.of("P_rson").matches("Pson")).isFalse();
  }

  @Test
  void matchesCaseSensitivelyAndWhole() {
    assertThat(NamePattern.of("person").matches("Person")).isFalse();
    assertThat(NamePattern.of("Pers").matches("Person")).isFalse();
    assertThat(NamePattern.of("a.b").matches("axb")).isFalse();
  }

  @Test
  void backslashMakesWildcardsLiteral() {
    assertThat(NamePattern.of("Works\\_At").matches("Works_At")).isTrue();
    assertThat(NamePattern.of("Works\\_At").matches("WorksXAt")).isFalse();
    assertThat(NamePattern.of("100\\%").matches("100%")).isTrue();
  }
}
