package dev.omnigraph.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.omnigraph.compiler.diag.ErrorCode;
import dev.omnigraph.compiler.diag.OmniGraphException;
import dev.omnigraph.compiler.schema.EdgeType;
import dev.omnigraph.compiler.schema.NodeType;
import dev.omnigraph.engine.Graph;
import dev.omnigraph.engine.LoadMode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every class of bad input the write path must refuse, as mutations and as loads on the seeded
 * pharma-intel cookbook: unknown types or properties, values of the wrong type, missing required
 * properties, dangling endpoints, constraint violations ({@code @unique}, enums, {@code @card}) and
 * stored ids. Each error names the statement or JSONL line and the constraint, and afterwards the
 * graph is exactly as before: same version, same rows of every table, in this handle and reopened
 * from disk.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RejectedWritesIT {
  private static final String ARTIFACT = "art-novo-redefine-1";
  private static final String PFIZER_LINK =
      "https://www.pfizer.com/news/press-release/press-release-detail/pfizer-provides-update-danuglipron-oral-glp-1";

  private Path root;
  private Graph graph;
  private List<Long> before;
  private long version;

  @BeforeAll
  void seed(@TempDir Path dir) {
    Path book = CookbookGraph.cookbookDir("pharma-intel");
    root = dir.resolve("pharma");
    try (Graph created = Graph.init(root, book.resolve("schema.pg"))) {
      created.load(book.resolve("seed.jsonl"));
    }
    graph = Graph.open(root);
    before = rowCounts(graph);
    version = graph.version();
  }

  @AfterAll
  void close() {
    if (graph != null) {
      graph.close();
    }
  }

  @ParameterizedTest(name = "{2}")
  @CsvSource(delimiter = '|', textBlock = """
      query m() { insert Drug { slug: "d" } }                                                         | TYPE_ERROR           | T10: unknown node/edge type `Drug`
      query m() { insert Company { slug: "c", name: "C", ceo: "x" } }                                  | TYPE_ERROR           | T11: type `Company` has no property `ceo`
      query m() { insert Company { slug: 3, name: "C" } }                                              | TYPE_ERROR           | T3: property `slug` has type String but got I64
      query m() { insert Company { slug: "c" } }                                                       | TYPE_ERROR           | T12: insert for `Company` must provide non-nullable property `name`
      query m($n: String?) { insert Company { slug: "c", name: $n } }                                  | DATA_ERROR           | non-nullable property 'name' of node:Company has no value (node Company 'c')
      query m() { insert DevelopedByCompany { from: "comp-vk2735-sc", to: "co-ghost" } }               | CONSTRAINT_VIOLATION | dst 'co-ghost' not found in Company (edge DevelopedByCompany 'comp-vk2735-sc' -> 'co-ghost')
      query m($p: String) { update Compound set { phase: $p } where slug = "comp-vk2735-sc" }           | CONSTRAINT_VIOLATION | invalid enum value 'phase-9' for Compound.phase
      query m($l: String) { update InformationArtifact set { link: $l } where slug = "art-novo-redefine-1" } | CONSTRAINT_VIOLATION | @unique violation on InformationArtifact.link
      query m() { insert PublishedBySource { from: "art-pfizer-danuglipron-pr", to: "src-novo-press" } } | CONSTRAINT_VIOLATION | @card violation on edge PublishedBySource: source 'art-pfizer-danuglipron-pr' has 2 edges (max 1)
      """)
  void mutationIsRejectedNamingTheStatement(String gq, ErrorCode code, String message) {
    rejected(() -> graph.mutate(gq, "m.gq", null, Map.of("p", "phase-9", "l", PFIZER_LINK)), code, "m.gq:1:", message);
  }

  @ParameterizedTest(name = "{3}")
  @CsvSource(delimiter = '|', textBlock = """
      {"type":"Drug","data":{"slug":"d"}}                                                              | append    | DATA_ERROR           | unknown node type 'Drug'
      {"type":"Company","data":{"slug":"c","name":"C","ceo":"x"}}                                      | append    | DATA_ERROR           | unknown input field 'ceo' for 'node:Company'
      {"type":"Company","data":{"slug":"c","name":7}}                                                  | append    | DATA_ERROR           | property 'name': expects String, got 7
      {"type":"Company","data":{"slug":"c"}}                                                           | append    | DATA_ERROR           | non-nullable property 'name' of node:Company has no value
      {"edge":"DevelopedByCompany","from":"comp-vk2735-sc","to":"co-ghost"}                            | merge     | CONSTRAINT_VIOLATION | dst 'co-ghost' not found in Company
      {"type":"Company","data":{"slug":"c","name":"C","type":"hedge-fund"}}                            | append    | CONSTRAINT_VIOLATION | invalid enum value 'hedge-fund' for Company.type
      {"type":"InformationArtifact","data":{"slug":"art-novo-redefine-1","name":"N","artifactType":"article","link":"https://www.pfizer.com/news/press-release/press-release-detail/pfizer-provides-update-danuglipron-oral-glp-1","stagingTimestamp":"2025-01-01T00:00:00Z","createdAt":"2025-01-01T00:00:00Z","updatedAt":"2025-01-01T00:00:00Z"}} | merge | CONSTRAINT_VIOLATION | @unique violation on InformationArtifact.link
      {"edge":"PublishedBySource","from":"art-pfizer-danuglipron-pr","to":"src-novo-press"}           | append    | CONSTRAINT_VIOLATION | @card violation on edge PublishedBySource
      {"type":"Company","data":{"slug":"co-viking-therapeutics","name":"Viking"}}                      | append    | KEY_CONFLICT         | node type 'Company' already has @key value 'co-viking-therapeutics'
      {"type":"Company","data":{"slug":"co-viking-therapeutics","name":"Viking"}}                      | overwrite | CONSTRAINT_VIOLATION | not found in Company: this write removes node Company
      """)
  void loadIsRejectedNamingTheLine(String line, String mode, ErrorCode code, String message) {
    String jsonl = "{\"type\":\"Company\",\"data\":{\"slug\":\"co-fine\",\"name\":\"Fine\"}}\n" + line + "\n";
    String location = mode.equals("overwrite") ? "bad.jsonl:1" : "bad.jsonl:2";
    rejected(() -> graph.load(jsonl, "bad.jsonl", LoadMode.valueOf(mode.toUpperCase(java.util.Locale.ROOT))), code, location, message);
  }

  private void rejected(Runnable write, ErrorCode code, String location, String message) {
    assertThatThrownBy(write::run).isInstanceOfSatisfying(OmniGraphException.class, e -> {
      assertThat(e.code()).as(e.getMessage()).isEqualTo(code);
      assertThat(e.location()).map(Object::toString).hasValueSatisfying(at -> assertThat(at).startsWith(location));
      assertThat(e.detail()).contains(message);
    });
    assertThat(graph.version()).isEqualTo(version);
    assertThat(rowCounts(graph)).isEqualTo(before);
    try (Graph reopened = Graph.open(root)) {
      assertThat(reopened.version()).isEqualTo(version);
      assertThat(rowCounts(reopened)).isEqualTo(before);
    }
  }

  /** Rows of every node type, then edge rows of every edge type, in catalog order. */
  private static List<Long> rowCounts(Graph graph) {
    List<Long> counts = new ArrayList<>();
    for (NodeType node : graph.catalog().nodeTypes()) {
      counts.add((Long) graph.query("query q() { match { $n: " + node.name() + " } return { count($n) as n } }", "q.gq", null, Map.of())
          .get(0, 0));
    }
    for (EdgeType edge : graph.catalog().edgeTypes()) {
      String word = Character.toLowerCase(edge.name().charAt(0)) + edge.name().substring(1);
      counts.add((long) graph.query("query q() { match { $a: " + edge.fromType() + "  $a $e:" + word + " $b } return { $a, $b } }",
          "q.gq", null, Map.of()).rowCount());
    }
    return counts;
  }
}
