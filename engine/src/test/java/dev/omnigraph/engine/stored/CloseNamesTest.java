package dev.omnigraph.engine.stored;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CloseNamesTest {
  @Test
  void distanceIsLevenshtein() {
    assertThat(CloseNames.distance("kitten", "sitting")).isEqualTo(3);
    assertThat(CloseNames.distance("", "abc")).isEqualTo(3);
    assertThat(CloseNames.distance("same", "same")).isZero();
  }

  @Test
  void suggestsNearAndContainingNamesClosestFirst() {
    List<String> known = List.of("get_person", "get_persons", "friends_of", "friends_of_friends", "adults");

    assertThat(CloseNames.of("get_persn", known)).containsExactly("get_person", "get_persons");
    assertThat(CloseNames.of("friends", known)).containsExactly("friends_of", "friends_of_friends");
    assertThat(CloseNames.of("zzz", known)).isEmpty();
  }
}
