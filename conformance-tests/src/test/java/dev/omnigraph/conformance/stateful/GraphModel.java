package dev.omnigraph.conformance.stateful;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/**
 * An in-memory model of a graph of {@link #SCHEMA}, written from {@code gq-language.md} §9 and
 * {@code pg-schema.md} §4, §7.3 without engine code: rows by key, edges as (person, city) pairs,
 * and the graph version. Mutable; {@link #copy} before trying a write. Not thread-safe.
 */
final class GraphModel {
  /** Two keyed node types, one with {@code @unique} and {@code @range}, and an edge type with {@code @card}. */
  static final String SCHEMA = """
      node Person {
          name: String @key
          email: String? @unique
          age: I32?
          @range(age, 0..150)
      }
      node City { name: String @key  pop: I64? }
      edge LivesIn: Person -> City @card(0..1)
      """;

  /** A Person row's properties besides its key. */
  record Person(String email, Integer age) {}

  /** A LivesIn edge. */
  record Edge(String person, String city) {}

  final Map<String, Person> persons = new TreeMap<>();
  final Map<String, Long> cities = new TreeMap<>();
  final List<Edge> edges = new ArrayList<>();
  long version;

  GraphModel(long version) {
    this.version = version;
  }

  GraphModel copy() {
    GraphModel copy = new GraphModel(version);
    copy.persons.putAll(persons);
    copy.cities.putAll(cities);
    copy.edges.addAll(edges);
    return copy;
  }

  /** Updates the persons {@code where} matches (null values never match); returns how many matched. */
  long updatePersons(Predicate<Map.Entry<String, Person>> where, UnaryOperator<Person> set) {
    long matched = 0;
    for (Map.Entry<String, Person> entry : persons.entrySet()) {
      if (where.test(entry)) {
        entry.setValue(set.apply(entry.getValue()));
        matched++;
      }
    }
    return matched;
  }

  /** Deletes the matching persons and every edge from them; returns {deleted nodes, deleted edges}. */
  long[] deletePersons(Predicate<Map.Entry<String, Person>> where) {
    Set<String> gone = new HashSet<>();
    persons.entrySet().stream().filter(where).forEach(e -> gone.add(e.getKey()));
    persons.keySet().removeAll(gone);
    return new long[] {gone.size(), deleteEdges(e -> gone.contains(e.person()))};
  }

  /** Deletes the city {@code name} and every edge to it; returns {deleted nodes, deleted edges}. */
  long[] deleteCity(String name) {
    long nodes = cities.containsKey(name) ? 1 : 0;
    cities.remove(name);
    return new long[] {nodes, deleteEdges(e -> e.city().equals(name))};
  }

  /** Deletes the matching edges; returns how many. */
  long deleteEdges(Predicate<Edge> where) {
    int before = edges.size();
    edges.removeIf(where);
    return before - edges.size();
  }

  /**
   * Whether every constraint holds: {@code @range(age, 0..150)} and {@code @unique email} (nulls
   * exempt), both endpoints of every edge exist, and no person has more than one LivesIn edge.
   */
  boolean valid() {
    Set<String> emails = new HashSet<>();
    for (Person person : persons.values()) {
      if (person.age() != null && (person.age() < 0 || person.age() > 150)) {
        return false;
      }
      if (person.email() != null && !emails.add(person.email())) {
        return false;
      }
    }
    Map<String, Integer> outgoing = new HashMap<>();
    for (Edge edge : edges) {
      if (!persons.containsKey(edge.person()) || !cities.containsKey(edge.city())
          || outgoing.merge(edge.person(), 1, Integer::sum) > 1) {
        return false;
      }
    }
    return true;
  }
}
