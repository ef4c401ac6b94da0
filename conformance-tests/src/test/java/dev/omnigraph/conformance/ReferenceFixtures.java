package dev.omnigraph.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.omnigraph.compiler.diag.ErrorCode;
import dev.omnigraph.compiler.diag.OmniGraphException;
import dev.omnigraph.compiler.schema.ScalarType;
import dev.omnigraph.engine.Graph;
import dev.omnigraph.engine.QueryResult;
import dev.omnigraph.engine.ResultColumn;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Fixtures and short-hands for the reference conformance checklist ({@code gq-language.md} §12).
 *
 * <p>F1 is read from {@code reference-fixtures/test.pg}, {@code test.jsonl} and {@code test.gq}
 * under the shared datasets directory (see {@link CookbookGraph#datasetsDir()}); the calling tests
 * are skipped when it is absent. The other fixtures are written inline by the tests.
 *
 * <p>Queries are written in the checklist's fragment notation: {@code "$p: Person  $p.age > 30
 * return { $p.name } order { $p.age desc }"} stands for {@code query q(<params>) { match { $p:
 * Person  $p.age > 30 } return { $p.name } order { $p.age desc } }}.
 */
final class ReferenceFixtures {
  private ReferenceFixtures() {}

  /** The shared {@code reference-fixtures} directory; skips the calling tests when it is absent. */
  static Path fixturesDir() {
    Path dir = CookbookGraph.datasetsDir().resolve("reference-fixtures");
    assumeTrue(Files.isRegularFile(dir.resolve("test.pg")) && Files.isRegularFile(dir.resolve("test.jsonl"))
            && Files.isRegularFile(dir.resolve("test.gq")),
        () -> "reference fixtures not found: no test.pg + test.jsonl + test.gq in " + dir
            + " (set -D" + CookbookGraph.DATASETS_PROPERTY + "=<datasets dir>)");
    return dir;
  }

  /** The F1 schema text ({@code test.pg}). */
  static String f1Schema() {
    return read(fixturesDir().resolve("test.pg"));
  }

  /** The F1 queries ({@code test.gq}). */
  static String f1Queries() {
    return read(fixturesDir().resolve("test.gq"));
  }

  /** A fresh F1 graph under {@code dir}: {@code test.pg} loaded with {@code test.jsonl}. */
  static Graph f1(Path dir) {
    return graph(dir, f1Schema(), read(fixturesDir().resolve("test.jsonl")));
  }

  /** A fresh graph under {@code dir} from a schema text, loaded with {@code jsonl} unless it is blank. */
  static Graph graph(Path dir, String schema, String jsonl) {
    Graph graph = Graph.init(dir, schema, "test.pg");
    try {
      if (!jsonl.isBlank()) {
        graph.load(jsonl, "inline.jsonl");
      }
      return graph;
    } catch (RuntimeException | Error e) {
      graph.close();
      throw e;
    }
  }

  /**
   * Closes {@code graph} and reopens it with no table held in memory, so every read is a Lance scan
   * (the filters the engine pushes down are then evaluated by Lance).
   */
  static Graph lanceScansOnly(Graph graph) {
    Path root = graph.root();
    graph.close();
    return Graph.open(root, 0);
  }

  /** JSONL lines for persons {@code "Name:age"} (age omitted ⇒ null) under the F1 schema. */
  static String persons(String... nameAges) {
    StringBuilder out = new StringBuilder();
    for (String nameAge : nameAges) {
      String[] parts = nameAge.split(":");
      out.append("{\"type\": \"Person\", \"data\": {\"name\": \"").append(parts[0]).append('"');
      if (parts.length > 1) {
        out.append(", \"age\": ").append(parts[1]);
      }
      out.append("}}\n");
    }
    return out.toString();
  }

  /** JSONL lines for nodes of one type with one key property. */
  static String nodes(String type, String keyProperty, String... keys) {
    StringBuilder out = new StringBuilder();
    for (String key : keys) {
      out.append("{\"type\": \"").append(type).append("\", \"data\": {\"").append(keyProperty).append("\": \"")
          .append(key).append("\"}}\n");
    }
    return out.toString();
  }

  /** JSONL lines for edges of one type given as {@code "from>to"}. */
  static String edges(String edge, String... pairs) {
    StringBuilder out = new StringBuilder();
    for (String pair : pairs) {
      String[] ends = pair.split(">");
      out.append("{\"edge\": \"").append(edge).append("\", \"from\": \"").append(ends[0]).append("\", \"to\": \"")
          .append(ends[1]).append("\"}\n");
    }
    return out.toString();
  }

  /** Expands a checklist fragment ({@code <clauses> return {…} [order …] [limit …]}) to a query text. */
  static String gq(String params, String fragment) {
    int returnAt = fragment.indexOf("return {");
    if (returnAt < 0) {
      throw new IllegalArgumentException("fragment has no `return {`: " + fragment);
    }
    return "query q(" + params + ") {\n  match { " + fragment.substring(0, returnAt).strip() + " }\n  "
        + fragment.substring(returnAt).strip() + "\n}\n";
  }

  /** Runs a fragment without parameters. */
  static QueryResult run(Graph graph, String fragment) {
    return run(graph, "", fragment);
  }

  /** Runs a fragment with parameter declarations and values given as name, value pairs. */
  static QueryResult run(Graph graph, String params, String fragment, Object... nameValues) {
    return graph.query(gq(params, fragment), "checklist.gq", null, params(nameValues));
  }

  /** Runs query {@code name} of {@code test.gq}. */
  static QueryResult runF1Query(Graph graph, String name, Object... nameValues) {
    return graph.query(f1Queries(), "test.gq", name, params(nameValues));
  }

  /** Parameter values from name, value pairs. */
  static Map<String, Object> params(Object... nameValues) {
    Map<String, Object> params = new LinkedHashMap<>();
    for (int i = 0; i < nameValues.length; i += 2) {
      params.put((String) nameValues[i], nameValues[i + 1]);
    }
    return params;
  }

  /** The values of the first column, in row order. */
  static List<Object> firstColumn(QueryResult result) {
    List<Object> out = new ArrayList<>();
    for (List<Object> row : result.rowsAsLists()) {
      out.add(row.get(0));
    }
    return out;
  }

  /** Exactly these single-column values in this order ({@code []} in the checklist). */
  static void assertColumn(QueryResult result, String column, Object... values) {
    assertThat(result.columnNames()).as("column names").containsExactly(column);
    assertThat(firstColumn(result)).as("rows, in order").containsExactly(values);
  }

  /** Exactly these single-column values in any order, as a multiset ({@code {}} in the checklist). */
  static void assertColumnAnyOrder(QueryResult result, String column, Object... values) {
    assertThat(result.columnNames()).as("column names").containsExactly(column);
    assertThat(firstColumn(result)).as("rows, in any order").containsExactlyInAnyOrder(values);
  }

  /** The scalar type of each column (not lists), in column order. */
  static void assertColumnTypes(QueryResult result, ScalarType... scalars) {
    List<String> actual = new ArrayList<>();
    for (ResultColumn column : result.columns()) {
      actual.add(column.name() + ":" + (column.type().list() ? "[" + column.type().scalar() + "]" : column.type().scalar()));
    }
    List<String> expected = new ArrayList<>();
    for (int i = 0; i < scalars.length; i++) {
      expected.add((i < result.columns().size() ? result.columns().get(i).name() : "?") + ":" + scalars[i]);
    }
    assertThat(actual).as("column types").containsExactlyElementsOf(expected);
  }

  /**
   * Asserts that preparing the query fails type-check with {@code code} (e.g. {@code "T4"}): a
   * {@code TYPE_ERROR} whose detail starts with {@code "T4: "}; returns the exception.
   */
  static OmniGraphException assertTypeError(Graph graph, String queryText, String code) {
    OmniGraphException error = catchThrowableOfType(OmniGraphException.class,
        () -> graph.prepare(queryText, "golden.gq", null));
    assertThat(error).as("type-check of %s", queryText).isNotNull();
    assertThat(error.detail()).as("detail of %s", queryText).startsWith(code + ": ");
    assertThat(error.code()).as("error code for %s (%s)", queryText, error.detail()).isEqualTo(ErrorCode.TYPE_ERROR);
    return error;
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
