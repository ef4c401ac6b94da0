package dev.omnigraph.conformance.merge;

import dev.omnigraph.engine.Graph;
import java.util.Map;

/**
 * The seven operations of the merge truth table ({@code storage-recovery.md} §5.4), each run as
 * {@code .gq} mutations on one side of a merge and modelled on {@link GraphRows}. Values differ by
 * side where the table needs divergent changes: Eve is inserted aged 1 on the source and 2 on the
 * target, Alice's age set to 50 on the source and 60 on the target.
 */
enum MergeOp {
  /** Writes nothing. */
  NOOP,
  /** {@code insert Person { name: "Eve", age: $age }}. */
  ADD_NODE,
  /** {@code delete Person where name = "Alice"}, cascading to her edges. */
  REMOVE_NODE,
  /** {@code insert Knows { from: "Alice", to: "Carol" }}: a new edge with a new ULID. */
  ADD_EDGE,
  /** {@code delete Knows where from = "Bob"}: removes Bob→Carol. */
  REMOVE_EDGE,
  /** {@code update Person set { age: $age } where name = "Alice"}. */
  SET_PROPERTY,
  /** Dan→Alice inserted, then deleted in a second commit: the table moves, its rows do not. */
  NET_ZERO_EDGE;

  /** The mutations the operations run, by name. */
  static final String MUTATIONS = """
      query add_eve($age: I32) { insert Person { name: "Eve", age: $age } }
      query remove_alice() { delete Person where name = "Alice" }
      query add_alice_carol() { insert Knows { from: "Alice", to: "Carol" } }
      query remove_bob_edges() { delete Knows where from = "Bob" }
      query set_alice_age($age: I32) { update Person set { age: $age } where name = "Alice" }
      query add_dan_alice() { insert Knows { from: "Dan", to: "Alice" } }
      query remove_dan_edges() { delete Knows where from = "Dan" }
      """;

  /** Runs the operation on {@code side} (a handle on the source or the target branch). */
  void run(Graph side, boolean source) {
    int age = source ? sourceValue() : targetValue();
    switch (this) {
      case NOOP -> { }
      case ADD_NODE -> mutate(side, "add_eve", Map.of("age", age));
      case REMOVE_NODE -> mutate(side, "remove_alice", Map.of());
      case ADD_EDGE -> mutate(side, "add_alice_carol", Map.of());
      case REMOVE_EDGE -> mutate(side, "remove_bob_edges", Map.of());
      case SET_PROPERTY -> mutate(side, "set_alice_age", Map.of("age", age));
      case NET_ZERO_EDGE -> {
        mutate(side, "add_dan_alice", Map.of());
        mutate(side, "remove_dan_edges", Map.of());
      }
    }
  }

  /** The rows after running the operation on {@code side}'s value over {@code rows}. */
  GraphRows applyTo(GraphRows rows, boolean source) {
    int age = source ? sourceValue() : targetValue();
    return switch (this) {
      case NOOP, NET_ZERO_EDGE -> rows;
      case ADD_NODE -> rows.withPerson("Eve", age);
      case REMOVE_NODE -> rows.withoutPerson("Alice");
      case ADD_EDGE -> rows.withEdge("Alice->Carol");
      case REMOVE_EDGE -> rows.withoutEdgesFrom("Bob");
      case SET_PROPERTY -> rows.persons().containsKey("Alice") ? rows.withPerson("Alice", age) : rows;
    };
  }

  private int sourceValue() {
    return this == ADD_NODE ? 1 : 50;
  }

  private int targetValue() {
    return this == ADD_NODE ? 2 : 60;
  }

  private static void mutate(Graph side, String name, Map<String, ?> params) {
    side.mutate(MUTATIONS, "truth-table.gq", name, params);
  }
}
