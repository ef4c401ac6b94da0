package dev.omnigraph.conformance.property;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A small generated graph of the fixed property-test schema ({@link #SCHEMA}), with its JSONL
 * rendering. Nodes are keyed by name (so a node's id is its name); edges carry explicit ids so that
 * the id tie-break of {@code gq-language.md} §5.11 is known to the naive evaluator.
 */
record GenGraph(List<Node> persons, List<Node> cities, List<Edge> knows, List<Edge> livesIn) {

  static final String SCHEMA = """
      node Person { name: String @key  age: I32?  tags: [String]? }
      node City { name: String @key  pop: I64? }
      edge Knows: Person -> Person { since: I32? }
      edge LivesIn: Person -> City
      """;

  /** A node: its type, id (= its {@code @key} name) and properties (absent = null). */
  record Node(String type, String id, Map<String, Object> props) {}

  /** An edge row: its type, explicit id, endpoints and properties. */
  record Edge(String type, String id, String src, String dst, Map<String, Object> props) {}

  /** An edge type of the schema. */
  record EdgeType(String name, String from, String to) {}

  static final EdgeType KNOWS = new EdgeType("Knows", "Person", "Person");
  static final EdgeType LIVES_IN = new EdgeType("LivesIn", "Person", "City");

  /** Edge types are looked up case-insensitively (§1). */
  static EdgeType edgeType(String word) {
    if (word.equalsIgnoreCase("knows")) {
      return KNOWS;
    }
    if (word.equalsIgnoreCase("livesIn")) {
      return LIVES_IN;
    }
    throw new IllegalArgumentException("unknown edge " + word);
  }

  List<Node> nodes(String type) {
    return switch (type) {
      case "Person" -> persons;
      case "City" -> cities;
      default -> throw new IllegalArgumentException(type);
    };
  }

  List<Edge> edges(String type) {
    return switch (type) {
      case "Knows" -> knows;
      case "LivesIn" -> livesIn;
      default -> throw new IllegalArgumentException(type);
    };
  }

  /** The graph as JSONL records: nodes first, then edges, in generation (storage) order. */
  String jsonl() {
    StringBuilder out = new StringBuilder();
    for (Node n : persons) {
      out.append(nodeLine(n)).append('\n');
    }
    for (Node n : cities) {
      out.append(nodeLine(n)).append('\n');
    }
    for (Edge e : knows) {
      out.append(edgeLine(e)).append('\n');
    }
    for (Edge e : livesIn) {
      out.append(edgeLine(e)).append('\n');
    }
    return out.toString();
  }

  private static String nodeLine(Node n) {
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("name", n.id());
    n.props().forEach((k, v) -> {
      if (!k.equals("name") && v != null) {
        data.put(k, v);
      }
    });
    return "{\"type\": \"" + n.type() + "\", \"data\": " + json(data) + "}";
  }

  private static String edgeLine(Edge e) {
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("id", e.id());
    e.props().forEach((k, v) -> {
      if (v != null) {
        data.put(k, v);
      }
    });
    return "{\"edge\": \"" + e.type() + "\", \"from\": " + json(e.src()) + ", \"to\": " + json(e.dst()) + ", \"data\": " + json(data) + "}";
  }

  private static String json(Object value) {
    if (value instanceof String s) {
      return '"' + s.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }
    if (value instanceof Map<?, ?> map) {
      return map.entrySet().stream().map(e -> json(e.getKey()) + ": " + json(e.getValue())).collect(Collectors.joining(", ", "{", "}"));
    }
    if (value instanceof List<?> list) {
      return list.stream().map(GenGraph::json).collect(Collectors.joining(", ", "[", "]"));
    }
    return String.valueOf(value);
  }

  @Override
  public String toString() {
    return "\n" + jsonl();
  }

  /** Builds a graph from generated parts: duplicate names dropped, edge endpoints taken modulo the node counts. */
  static GenGraph of(List<NodeSpec> personSpecs, List<NodeSpec> citySpecs, List<EdgeSpec> knowsSpecs, List<EdgeSpec> livesInSpecs) {
    List<Node> persons = new ArrayList<>();
    for (NodeSpec spec : personSpecs) {
      if (persons.stream().noneMatch(p -> p.id().equals(spec.name()))) {
        Map<String, Object> props = new LinkedHashMap<>();
        props.put("name", spec.name());
        props.put("age", spec.number() == null ? null : spec.number().intValue());
        props.put("tags", spec.tags());
        persons.add(new Node("Person", spec.name(), props));
      }
    }
    List<Node> cities = new ArrayList<>();
    for (NodeSpec spec : citySpecs) {
      if (cities.stream().noneMatch(c -> c.id().equals(spec.name()))) {
        Map<String, Object> props = new LinkedHashMap<>();
        props.put("name", spec.name());
        props.put("pop", spec.number());
        cities.add(new Node("City", spec.name(), props));
      }
    }
    List<Edge> knows = new ArrayList<>();
    if (!persons.isEmpty()) {
      for (int i = 0; i < knowsSpecs.size(); i++) {
        EdgeSpec spec = knowsSpecs.get(i);
        Map<String, Object> props = new LinkedHashMap<>();
        props.put("since", spec.since());
        knows.add(new Edge("Knows", String.format("k%02d_%d", spec.idTag(), i), persons.get(spec.src() % persons.size()).id(),
            persons.get(spec.dst() % persons.size()).id(), props));
      }
    }
    List<Edge> livesIn = new ArrayList<>();
    if (!persons.isEmpty() && !cities.isEmpty()) {
      for (int i = 0; i < livesInSpecs.size(); i++) {
        EdgeSpec spec = livesInSpecs.get(i);
        livesIn.add(new Edge("LivesIn", String.format("l%02d_%d", spec.idTag(), i), persons.get(spec.src() % persons.size()).id(),
            cities.get(spec.dst() % cities.size()).id(), Map.of()));
      }
    }
    return new GenGraph(persons, cities, knows, livesIn);
  }

  /** A generated node: name, age (Person) or pop (City), tags (Person). */
  record NodeSpec(String name, Long number, List<String> tags) {}

  /** A generated edge: endpoint indexes (modulo the node counts), {@code since}, and a tag that scrambles id order. */
  record EdgeSpec(int src, int dst, Integer since, int idTag) {}
}
