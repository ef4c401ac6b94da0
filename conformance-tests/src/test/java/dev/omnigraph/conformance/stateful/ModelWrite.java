package dev.omnigraph.conformance.stateful;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.omnigraph.compiler.diag.ErrorCode;
import dev.omnigraph.engine.Graph;
import dev.omnigraph.engine.LoadMode;
import dev.omnigraph.engine.MutationResult;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * One generated write, with what the {@link GraphModel} says it must do: run it on a graph, and
 * apply it to a copy of the model to get the {@link Verdict}.
 */
sealed interface ModelWrite {

  /**
   * The model's decision.
   *
   * @param codes empty when the write must be accepted; otherwise the error codes it may fail with
   * @param counts affected {nodes, edges} of an accepted mutation, null for a load
   * @param publishes whether an accepted write publishes a graph commit
   */
  record Verdict(Set<ErrorCode> codes, long[] counts, boolean publishes) {
    boolean accepted() {
      return codes.isEmpty();
    }
  }

  /** What kind of write this is, for statistics: {@code insert}, {@code update}, {@code delete} or {@code <mode> load}. */
  String kind();

  /** Runs the write; returns affected {nodes, edges} for a mutation, null for a load. */
  long[] runOn(Graph graph);

  /** Applies the write to {@code model} (a copy, kept only when accepted) and says what must happen. */
  Verdict applyTo(GraphModel model);

  /**
   * A {@code .gq} mutation; {@code effect} applies it to the model and returns affected {nodes, edges}.
   * Every rejection of a mutation here is a constraint violation.
   */
  record Mutation(String text, Map<String, Object> params, Function<GraphModel, long[]> effect) implements ModelWrite {
    @Override
    public String kind() {
      return text.contains("delete ") ? "delete" : text.contains("update ") ? "update" : "insert";
    }

    @Override
    public long[] runOn(Graph graph) {
      MutationResult result = graph.mutate(text, "m.gq", null, params);
      return new long[] {result.affectedNodes(), result.affectedEdges()};
    }

    @Override
    public Verdict applyTo(GraphModel model) {
      long[] counts = effect.apply(model);
      return model.valid()
          ? new Verdict(Set.of(), counts, counts[0] + counts[1] > 0)
          : new Verdict(Set.of(ErrorCode.CONSTRAINT_VIOLATION), null, false);
    }

    @Override
    public String toString() {
      return text.strip() + " " + params;
    }
  }

  /** A JSONL record of the load generator: a Person, a City or a LivesIn edge. */
  sealed interface Rec {}

  /** A Person record; null values are left out of the JSON. */
  record PersonRec(String name, String email, Integer age) implements Rec {}

  /** A City record. */
  record CityRec(String name, Long pop) implements Rec {}

  /** A LivesIn record. */
  record EdgeRec(String person, String city) implements Rec {}

  /**
   * A load of {@code records} in {@code mode} ({@code pg-schema.md} §7.3): append adds rows and
   * fails with {@code KEY_CONFLICT} on a stored key; merge replaces rows by key; overwrite makes the
   * input the whole content of every type it holds. A key twice in the input fails in every mode.
   * Edges are always new rows.
   */
  record Load(List<Rec> records, LoadMode mode) implements ModelWrite {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public String kind() {
      return mode.name().toLowerCase(java.util.Locale.ROOT) + " load";
    }

    @Override
    public long[] runOn(Graph graph) {
      graph.load(jsonl(), "d.jsonl", mode);
      return null;
    }

    @Override
    public Verdict applyTo(GraphModel model) {
      Set<ErrorCode> codes = new HashSet<>();
      Set<String> persons = new HashSet<>();
      Set<String> cities = new HashSet<>();
      for (Rec rec : records) {
        if (rec instanceof PersonRec p && !persons.add(p.name()) || rec instanceof CityRec c && !cities.add(c.name())) {
          codes.add(ErrorCode.CONSTRAINT_VIOLATION);
        }
      }
      if (mode == LoadMode.APPEND && (persons.stream().anyMatch(model.persons::containsKey)
          || cities.stream().anyMatch(model.cities::containsKey))) {
        codes.add(ErrorCode.KEY_CONFLICT);
      }
      if (mode == LoadMode.OVERWRITE) {
        if (!persons.isEmpty()) {
          model.persons.clear();
        }
        if (!cities.isEmpty()) {
          model.cities.clear();
        }
        if (records.stream().anyMatch(r -> r instanceof EdgeRec)) {
          model.edges.clear();
        }
      }
      for (Rec rec : records) {
        if (rec instanceof PersonRec p) {
          model.persons.put(p.name(), new GraphModel.Person(p.email(), p.age()));
        } else if (rec instanceof CityRec c) {
          model.cities.put(c.name(), c.pop());
        } else if (rec instanceof EdgeRec e) {
          model.edges.add(new GraphModel.Edge(e.person(), e.city()));
        }
      }
      if (!model.valid()) {
        codes.add(ErrorCode.CONSTRAINT_VIOLATION);
      }
      return new Verdict(codes, null, true);
    }

    String jsonl() {
      StringBuilder out = new StringBuilder();
      for (Rec rec : records) {
        Map<String, Object> data = new HashMap<>();
        if (rec instanceof PersonRec p) {
          data.put("name", p.name());
          putIfPresent(data, "email", p.email());
          putIfPresent(data, "age", p.age());
          out.append("{\"type\":\"Person\",\"data\":").append(json(data)).append("}\n");
        } else if (rec instanceof CityRec c) {
          data.put("name", c.name());
          putIfPresent(data, "pop", c.pop());
          out.append("{\"type\":\"City\",\"data\":").append(json(data)).append("}\n");
        } else if (rec instanceof EdgeRec e) {
          out.append("{\"edge\":\"LivesIn\",\"from\":").append(json(e.person())).append(",\"to\":")
              .append(json(e.city())).append("}\n");
        }
      }
      return out.toString();
    }

    private static String json(Object value) {
      try {
        return JSON.writeValueAsString(value);
      } catch (JsonProcessingException e) {
        throw new IllegalStateException(e);
      }
    }

    private static void putIfPresent(Map<String, Object> data, String field, Object value) {
      if (value != null) {
        data.put(field, value);
      }
    }

    @Override
    public String toString() {
      return mode.name().toLowerCase() + " load " + records;
    }
  }
}
