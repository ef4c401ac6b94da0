package dev.omnigraph.conformance.stateful;

import dev.omnigraph.conformance.stateful.GraphModel.Edge;
import dev.omnigraph.conformance.stateful.GraphModel.Person;
import dev.omnigraph.conformance.stateful.ModelWrite.CityRec;
import dev.omnigraph.conformance.stateful.ModelWrite.EdgeRec;
import dev.omnigraph.conformance.stateful.ModelWrite.Load;
import dev.omnigraph.conformance.stateful.ModelWrite.Mutation;
import dev.omnigraph.conformance.stateful.ModelWrite.PersonRec;
import dev.omnigraph.conformance.stateful.ModelWrite.Rec;
import dev.omnigraph.engine.LoadMode;
import java.util.HashMap;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * Random writes over {@link GraphModel#SCHEMA}: mutations of every kind of {@code gq-language.md}
 * §9 and loads in the three modes. Keys come from small pools, so writes collide with stored rows
 * and with each other; some values break {@code @range} or {@code @unique} on purpose.
 */
final class WriteGen {
  private WriteGen() {}

  static Arbitrary<String> person() {
    return Arbitraries.of("ann", "bob", "cy", "dee");
  }

  static Arbitrary<String> city() {
    return Arbitraries.of("oslo", "rome", "lima");
  }

  static Arbitrary<String> email() {
    return Arbitraries.of("a@x", "b@x").injectNull(0.4);
  }

  /** Ages, mostly within {@code @range(age, 0..150)}. */
  static Arbitrary<Integer> age() {
    return Arbitraries.frequencyOf(Tuple.of(6, Arbitraries.of(0, 7, 42, 150)), Tuple.of(1, Arbitraries.of(-1, 151)));
  }

  static Arbitrary<Long> pop() {
    return Arbitraries.of(10L, 500L).injectNull(0.3);
  }

  /** Any write: a mutation or a load. */
  static Arbitrary<ModelWrite> writes() {
    return Arbitraries.frequencyOf(Tuple.of(3, mutations()), Tuple.of(2, loads()));
  }

  static Arbitrary<ModelWrite> mutations() {
    return Arbitraries.oneOf(
        Combinators.combine(person(), email(), age().injectNull(0.2)).as((n, e, a) -> (ModelWrite) new Mutation(
            "query m($n: String, $e: String?, $a: I32?) { insert Person { name: $n, email: $e, age: $a } }", params("n", n, "e", e, "a", a),
            m -> {
              m.persons.put(n, new Person(e, a));
              return new long[] {1, 0};
            })),
        Combinators.combine(city(), pop()).as((n, p) -> (ModelWrite) new Mutation(
            "query m($n: String, $p: I64?) { insert City { name: $n, pop: $p } }", params("n", n, "p", p),
            m -> {
              m.cities.put(n, p);
              return new long[] {1, 0};
            })),
        Combinators.combine(person(), email(), age(), city()).as((n, e, a, c) -> (ModelWrite) new Mutation("""
            query m($n: String, $e: String?, $a: I32, $c: String) {
                insert Person { name: $n, email: $e, age: $a }
                insert LivesIn { from: $n, to: $c }
            }""", params("n", n, "e", e, "a", a, "c", c),
            m -> {
              m.persons.put(n, new Person(e, a));
              m.edges.add(new Edge(n, c));
              return new long[] {1, 1};
            })),
        Combinators.combine(person(), city()).as((p, c) -> (ModelWrite) new Mutation(
            "query m($p: String, $c: String) { insert LivesIn { from: $p, to: $c } }", params("p", p, "c", c),
            m -> {
              m.edges.add(new Edge(p, c));
              return new long[] {0, 1};
            })),
        Combinators.combine(person(), age()).as((n, a) -> (ModelWrite) new Mutation(
            "query m($n: String, $a: I32) { update Person set { age: $a } where name = $n }", params("n", n, "a", a),
            m -> new long[] {m.updatePersons(row -> row.getKey().equals(n), p -> new Person(p.email(), a)), 0})),
        Combinators.combine(age(), age()).as((x, a) -> (ModelWrite) new Mutation(
            "query m($x: I32, $a: I32) { update Person set { age: $a } where age < $x }", params("x", x, "a", a),
            m -> new long[] {m.updatePersons(row -> row.getValue().age() != null && row.getValue().age() < x,
                p -> new Person(p.email(), a)), 0})),
        Combinators.combine(person(), email().filter(e -> e != null)).as((n, e) -> (ModelWrite) new Mutation(
            "query m($n: String, $e: String) { update Person set { email: $e } where name = $n }", params("n", n, "e", e),
            m -> new long[] {m.updatePersons(row -> row.getKey().equals(n), p -> new Person(e, p.age())), 0})),
        person().map(n -> (ModelWrite) new Mutation(
            "query m($n: String) { delete Person where name = $n }", params("n", n),
            m -> m.deletePersons(row -> row.getKey().equals(n)))),
        age().map(x -> (ModelWrite) new Mutation(
            "query m($x: I32) { delete Person where age > $x }", params("x", x),
            m -> m.deletePersons(row -> row.getValue().age() != null && row.getValue().age() > x))),
        city().map(n -> (ModelWrite) new Mutation(
            "query m($n: String) { delete City where name = $n }", params("n", n),
            m -> m.deleteCity(n))),
        city().map(c -> (ModelWrite) new Mutation(
            "query m($c: String) { delete LivesIn where to = $c }", params("c", c),
            m -> new long[] {0, m.deleteEdges(e -> e.city().equals(c))})));
  }

  static Arbitrary<ModelWrite> loads() {
    Arbitrary<Rec> record = Arbitraries.oneOf(
        Combinators.combine(person(), email(), age().injectNull(0.2)).as(PersonRec::new),
        Combinators.combine(city(), pop()).as(CityRec::new),
        Combinators.combine(person(), city()).as(EdgeRec::new));
    return Combinators.combine(record.list().ofMinSize(1).ofMaxSize(3), Arbitraries.of(LoadMode.class))
        .as((records, mode) -> (ModelWrite) new Load(records, mode));
  }

  private static Map<String, Object> params(Object... namesAndValues) {
    Map<String, Object> params = new HashMap<>();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      params.put((String) namesAndValues[i], namesAndValues[i + 1]);
    }
    return params;
  }
}
