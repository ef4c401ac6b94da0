package dev.omnigraph.conformance.concurrency;

import dev.omnigraph.compiler.diag.OmniGraphException;
import dev.omnigraph.engine.Graph;
import dev.omnigraph.engine.QueryResult;
import java.util.Map;
import java.util.TreeMap;

/**
 * Shared pieces of the concurrency tests: the schema, one-line JSONL records, reading a type's
 * rows, and the outcome of one write as text ({@code ok} or the error code).
 */
final class Racers {
  /** Persons keyed by name; the age says which writer wrote the row. */
  static final String SCHEMA = "node Person { name: String @key  age: I32? }\n";

  private Racers() {}

  /** A JSONL record of a Person. */
  static String person(String name, int age) {
    return "{\"type\":\"Person\",\"data\":{\"name\":\"" + name + "\",\"age\":" + age + "}}\n";
  }

  /** Every Person as name to age, read through {@code graph}'s current manifest. */
  static Map<String, Integer> persons(Graph graph) {
    QueryResult result = graph.query("query q() { match { $p: Person } return { $p.name, $p.age } }", "q.gq", null, Map.of());
    Map<String, Integer> out = new TreeMap<>();
    for (int i = 0; i < result.rowCount(); i++) {
      Object previous = out.put((String) result.get(i, 0), (Integer) result.get(i, 1));
      if (previous != null) {
        throw new AssertionError("two rows for Person " + result.get(i, 0));
      }
    }
    return out;
  }

  /** Runs {@code write} and returns {@code "ok"}, or the code of the {@link OmniGraphException} it threw. */
  static String outcome(Runnable write) {
    try {
      write.run();
      return "ok";
    } catch (OmniGraphException e) {
      return e.code().name();
    }
  }
}
