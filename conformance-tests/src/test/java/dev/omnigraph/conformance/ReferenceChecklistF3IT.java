package dev.omnigraph.conformance;

import static dev.omnigraph.conformance.ReferenceFixtures.assertColumnAnyOrder;
import static dev.omnigraph.conformance.ReferenceFixtures.run;
import static dev.omnigraph.compiler.schema.ScalarType.BOOL;
import static dev.omnigraph.compiler.schema.ScalarType.DATE;
import static dev.omnigraph.compiler.schema.ScalarType.DATETIME;
import static dev.omnigraph.compiler.schema.ScalarType.F32;
import static dev.omnigraph.compiler.schema.ScalarType.F64;
import static dev.omnigraph.compiler.schema.ScalarType.I32;
import static dev.omnigraph.compiler.schema.ScalarType.I64;
import static dev.omnigraph.compiler.schema.ScalarType.STRING;
import static dev.omnigraph.conformance.ReferenceFixtures.assertColumn;
import static dev.omnigraph.conformance.ReferenceFixtures.assertColumnTypes;
import static dev.omnigraph.conformance.RowAssertions.assertRows;
import static dev.omnigraph.conformance.RowAssertions.date;
import static dev.omnigraph.conformance.RowAssertions.f32;
import static dev.omnigraph.conformance.RowAssertions.ts;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static dev.omnigraph.conformance.RowAssertions.assertRowsAnyOrder;
import static dev.omnigraph.conformance.RowAssertions.row;

import dev.omnigraph.compiler.diag.ErrorCode;
import dev.omnigraph.compiler.diag.OmniGraphException;
import dev.omnigraph.engine.Graph;
import dev.omnigraph.engine.QueryResult;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Checklist items 33–40 and 42 of {@code gq-language.md} §12: literal filters on every scalar type
 * (fixture F3), cross-variable filters, string operators, filters on traversal-introduced variables
 * and list membership. Item 41 needs {@code search()} execution and belongs to the search work.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReferenceChecklistF3IT {
  private static final String SCHEMA = """
      node Metric {
          name: String @key
          label: String? @index
          score: F64?
          ratio: F32?
          count: I32?
          active: Bool?
          born: Date?
          seen: DateTime?
      }
      node Tag {
          tname: String @key
      }
      edge Tagged: Metric -> Tag
      node Doc {
          slug: String @key
          tags: [String]
      }
      """;
  private static final String DATA = """
      {"type": "Metric", "data": {"name": "m1", "label": "alpha one", "score": 2.5, "ratio": 0.5, "count": 1, "active": true, "born": "2024-06-01", "seen": "2024-06-01T12:00:00Z"}}
      {"type": "Metric", "data": {"name": "m2", "label": "alps", "score": 1.0, "ratio": 0.25, "count": 2, "active": false, "born": "2023-01-01", "seen": "2023-01-01T00:00:00Z"}}
      {"type": "Metric", "data": {"name": "m3", "label": "beta ray", "score": 3.0, "ratio": 0.75, "count": 3, "active": true, "born": "2025-01-01", "seen": "2025-01-01T00:00:00Z"}}
      {"type": "Metric", "data": {"name": "m4", "score": 0.5, "ratio": 0.1, "count": 4, "active": false, "born": "2022-12-31", "seen": "2022-01-01T00:00:00Z"}}
      {"type": "Tag", "data": {"tname": "alpine"}}
      {"type": "Tag", "data": {"tname": "basalt"}}
      {"edge": "Tagged", "from": "m1", "to": "alpine"}
      {"edge": "Tagged", "from": "m1", "to": "basalt"}
      {"edge": "Tagged", "from": "m3", "to": "basalt"}
      {"type": "Doc", "data": {"slug": "alpha", "tags": ["red", "blue"]}}
      {"type": "Doc", "data": {"slug": "bravo", "tags": ["green"]}}
      {"type": "Doc", "data": {"slug": "charlie", "tags": ["red", "green"]}}
      {"type": "Doc", "data": {"slug": "delta", "tags": []}}
      """;
  Graph graph;

  /** Hook for the variant that reads every table through Lance: the graph to query, once loaded. */
  Graph use(Graph graph) {
    return graph;
  }

  @BeforeAll
  void createGraph(@TempDir Path tempDir) {
    graph = use(ReferenceFixtures.graph(tempDir.resolve("f3"), SCHEMA, DATA));
  }

  @AfterAll
  void closeGraph() {
    if (graph != null) {
      graph.close();
    }
  }

  /** The names of the metrics matching {@code clauses} (after {@code $m: Metric}, unless they bind $m). */
  private void assertMetrics(String clauses, String... names) {
    String match = clauses.startsWith("$m: Metric") ? clauses : "$m: Metric  " + clauses;
    assertColumnAnyOrder(run(graph, match + "  return { $m.name }"), "m.name", (Object[]) names);
  }

  @Test // 33
  void f64AndF32ComparisonsAgainstFloatLiterals() {
    assertMetrics("$m.score > 1.5", "m1", "m3");
    assertMetrics("$m.ratio <= 0.25", "m2", "m4");
  }

  @Test // 33
  void f64PropertyMatchOnFloatLiteral() {
    assertMetrics("$m: Metric { score: 3.0 }", "m3");
  }

  @Test // 34
  void integerAndF32PropertyMatchesAndIntegerComparison() {
    assertMetrics("$m: Metric { count: 2 }", "m2");
    assertMetrics("$m: Metric { ratio: 0.25 }", "m2");
    assertMetrics("$m.count >= 3", "m3", "m4");
  }

  @Test // 34
  void fractionalLiteralNeverEqualsAnI32Value() {
    assertMetrics("$m: Metric { count: 2.7 }");
  }

  @Test // §5.3: "count = 2.0 matches 2"
  void wholeFloatLiteralEqualsTheI32Value() {
    assertMetrics("$m: Metric { count: 2.0 }", "m2");
    assertMetrics("$m.count = 2.0", "m2");
  }

  @Test // §5.3 / quirk Q8: exact numeric comparison also on a traversal-introduced variable
  void fractionalLiteralIsNotTruncatedOnATraversalIntroducedVariable() {
    assertColumnAnyOrder(run(graph, "$t: Tag { tname: \"basalt\" }  $m tagged $t  $m.count < 1.5  return { $m.name }"),
        "m.name", "m1");
    assertColumnAnyOrder(run(graph, "$t: Tag { tname: \"basalt\" }  $m tagged $t  $m.count >= 2.5  return { $m.name }"),
        "m.name", "m3");
  }

  @Test // 35
  void boolFilterAndBoolPropertyMatch() {
    assertMetrics("$m.active = true", "m1", "m3");
    assertMetrics("$m: Metric { active: true }", "m1", "m3");
    assertMetrics("$m.active != true", "m2", "m4");
  }

  @Test // 36
  void dateAndDateTimeComparisons() {
    assertMetrics("$m.born >= date(\"2024-01-01\")", "m1", "m3");
    assertMetrics("$m.seen < datetime(\"2024-01-01T00:00:00Z\")", "m2", "m4");
  }

  @Test // 36
  void dateAndDateTimePropertyMatches() {
    assertMetrics("$m: Metric { born: date(\"2024-06-01\") }", "m1");
    assertMetrics("$m: Metric { seen: datetime(\"2024-06-01T12:00:00Z\") }", "m1");
  }

  @Test // 37
  void startsWithIsAPrefixTestThatSkipsNullLabels() {
    assertMetrics("$m.label starts_with \"alp\"", "m1", "m2");
    assertMetrics("$m.name starts_with \"m\"", "m1", "m2", "m3", "m4");
  }

  @Test // 37
  void startsWithAgainstAStringParameter() {
    assertColumnAnyOrder(run(graph, "$q: String", "$m: Metric  $m.label starts_with $q  return { $m.name }", "q", "alph"),
        "m.name", "m1");
  }

  @Test // 37
  void containsIsAnExactSubstringTest() {
    assertMetrics("$m.label contains \"ta r\"", "m3");
    assertMetrics("$m.label contains \"a\"", "m1", "m2", "m3");
  }

  @Test // 38
  void crossVariableStartsWithKeepsOnlyTheNonNullSelfPairs() {
    assertRowsAnyOrder(run(graph, "$a: Metric  $b: Metric  $b.label starts_with $a.label  return { $a.name, $b.name }"),
        List.of("a.name", "b.name"), List.of(row("m1", "m1"), row("m2", "m2"), row("m3", "m3")));
  }

  @Test // §5.5: disconnected bindings are a cartesian product
  void disconnectedBindingsFormACartesianProduct() {
    assertRowsAnyOrder(run(graph, "$a: Metric { name: \"m1\" }  $b: Tag  return { $a.name, $b.tname }"),
        List.of("a.name", "b.tname"), List.of(row("m1", "alpine"), row("m1", "basalt")));
  }

  @Test // §5.11: ties are broken by every bound variable's id, variables in order of "<var>.id"
  void crossProductTiesAreBrokenByEachVariablesId() {
    assertRows(run(graph, "$a: Metric  $b: Tag  return { $a.name, $b.tname } order { $a.active desc }"),
        List.of("a.name", "b.tname"),
        List.of(row("m1", "alpine"), row("m1", "basalt"), row("m3", "alpine"), row("m3", "basalt"),
            row("m2", "alpine"), row("m2", "basalt"), row("m4", "alpine"), row("m4", "basalt")));
  }

  @Test // 39
  void literalOnTheLeftOfContainsTestsTheLiteral() {
    assertMetrics("\"the alps are tall\" contains $m.label", "m2");
  }

  @Test // 39
  void sameVariableStartsWithAcrossTwoPropertiesMatchesNothing() {
    assertMetrics("$m.label starts_with $m.name");
  }

  @Test // 40
  void stringFiltersOnATraversalIntroducedVariable() {
    assertMetrics("$m tagged $t  $t.tname starts_with \"alp\"", "m1");
    assertMetrics("$m tagged $t  $t.tname contains \"sal\"", "m1", "m3");
  }

  @Test // 40
  void negatedTraversalWithStringFilter() {
    assertMetrics("not { $m tagged $t  $t.tname contains \"sal\" }", "m2", "m4");
    assertMetrics("not { $m tagged $t  $t.tname starts_with \"alp\" }", "m2", "m3", "m4");
  }

  @Test // 42
  void containsOnAListPropertyTestsMembership() {
    assertColumnAnyOrder(run(graph, "$tag: String", "$d: Doc  $d.tags contains $tag  return { $d.slug }", "tag", "red"),
        "d.slug", "alpha", "charlie");
  }

  @Test // §5.2: a scalar matched against a list property tests membership
  void propertyMatchOnAListPropertyTestsMembership() {
    assertColumnAnyOrder(run(graph, "$d: Doc { tags: \"green\" }  return { $d.slug }"), "d.slug", "bravo", "charlie");
  }

  @Test // §10.2: values keep their column types
  void projectionsKeepTheValueAndTypeOfEveryScalarKind() {
    QueryResult result = run(graph, "$m: Metric { name: \"m1\" }  return { $m.label, $m.score, $m.ratio, $m.count,"
        + " $m.active, $m.born, $m.seen, 7 as i, 2.5 as f, \"s\" as s }");
    assertRows(result, List.of("m.label", "m.score", "m.ratio", "m.count", "m.active", "m.born", "m.seen", "i", "f", "s"),
        List.of(row("alpha one", 2.5, f32(0.5), 1, true, date("2024-06-01"), ts("2024-06-01T12:00:00Z"), 7L, 2.5, "s")));
    assertColumnTypes(result, STRING, F64, F32, I32, BOOL, DATE, DATETIME, I64, F64, STRING);
    QueryResult lists = run(graph, "$d: Doc  return { $d.slug, $d.tags } order { $d.slug asc }");
    assertRows(lists, List.of("d.slug", "d.tags"), List.of(row("alpha", List.of("red", "blue")),
        row("bravo", List.of("green")), row("charlie", List.of("red", "green")), row("delta", List.of())));
    assertThat(lists.columns().get(1).type().list()).as("d.tags is a list").isTrue();
  }

  @Test // §5.11 on every scalar kind; nulls first ascending, last descending
  void orderingWorksOnEveryScalarKind() {
    assertOrder("$m.active asc, $m.name asc", "m2", "m4", "m1", "m3");
    assertOrder("$m.born desc", "m3", "m1", "m2", "m4");
    assertOrder("$m.seen asc", "m4", "m2", "m1", "m3");
    assertOrder("$m.ratio asc", "m4", "m2", "m1", "m3");
    assertOrder("$m.score desc", "m3", "m1", "m2", "m4");
    assertOrder("$m.label asc", "m4", "m1", "m2", "m3");
    assertOrder("$m.label desc", "m3", "m2", "m1", "m4");
  }

  private void assertOrder(String keys, Object... names) {
    assertColumn(run(graph, "$m: Metric  return { $m.name } order { " + keys + " }"), "m.name", names);
  }

  @Test // §4, §10.4: parameters of every scalar kind, coerced from JSON-shaped values
  void parametersOfEveryScalarKindFilterLikeLiterals() {
    String m = "$m: Metric  ";
    assertColumnAnyOrder(run(graph, "$d: Date", m + "$m.born >= $d  return { $m.name }", "d", "2024-01-01"), "m.name", "m1", "m3");
    assertColumnAnyOrder(run(graph, "$t: DateTime", m + "$m.seen < $t  return { $m.name }", "t", "2024-01-01T00:00:00Z"),
        "m.name", "m2", "m4");
    assertColumnAnyOrder(run(graph, "$b: Bool", m + "$m.active = $b  return { $m.name }", "b", true), "m.name", "m1", "m3");
    assertColumnAnyOrder(run(graph, "$r: F32", m + "$m.ratio = $r  return { $m.name }", "r", 0.25), "m.name", "m2");
    assertColumnAnyOrder(run(graph, "$x: F64", m + "$m.score = $x  return { $m.name }", "x", 3), "m.name", "m3");
    assertColumnAnyOrder(run(graph, "$c: I32", m + "$m.count = $c  return { $m.name }", "c", "2"), "m.name", "m2");
    assertColumnAnyOrder(run(graph, "$c: I64", "$m: Metric { count: $c }  return { $m.name }", "c", 4L), "m.name", "m4");
  }

  @Test // §5.3: comparisons between two numeric columns of different kinds
  void crossColumnNumericComparisonsAcrossKinds() {
    assertMetrics("$m.score > $m.count", "m1");
    assertMetrics("$m.ratio < $m.score", "m1", "m2", "m3", "m4");
  }

  @Test // §5.3 null logic inside §5.7 negation: an unknown inner filter does not remove the row
  void negatedFilterKeepsRowsWhereTheFilterIsUnknown() {
    assertMetrics("not { $m.label contains \"a\" }", "m4");
  }

  @Test // §10.4: wrong JSON types, out-of-range integers and null for a non-nullable parameter
  void invalidParameterValuesAreRejected() {
    assertInvalidParameter("$c: I32", "$m.count = $c", Collections.singletonMap("c", 3_000_000_000L));
    assertInvalidParameter("$q: String", "$m.label = $q", Collections.singletonMap("q", 5));
    assertInvalidParameter("$q: String", "$m.label = $q", Collections.singletonMap("q", null));
  }

  private void assertInvalidParameter(String params, String filter, Map<String, ?> values) {
    OmniGraphException error = catchThrowableOfType(OmniGraphException.class, () -> graph.query(
        ReferenceFixtures.gq(params, "$m: Metric  " + filter + "  return { $m.name }"), "p.gq", null, values));
    assertThat(error).as("%s with %s", params, values).isNotNull();
    assertThat(error.code()).as(error.getMessage()).isEqualTo(ErrorCode.INVALID_PARAMETER);
  }
}
