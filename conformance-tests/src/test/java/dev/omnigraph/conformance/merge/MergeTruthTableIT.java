package dev.omnigraph.conformance.merge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.omnigraph.compiler.diag.ErrorCode;
import dev.omnigraph.compiler.diag.OmniGraphException;
import dev.omnigraph.engine.Graph;
import dev.omnigraph.engine.branch.MergeConflict;
import dev.omnigraph.engine.branch.MergeConflictException;
import dev.omnigraph.engine.branch.MergeResult;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The merge truth table of {@code storage-recovery.md} §5.4, cell by cell: on the fixture
 * Person{Alice, Bob, Carol, Dan} (keyed by name, with an age) and Knows{Bob→Carol}, branch
 * {@code source} is created from {@code main}, the row's operation runs on {@code source} and the
 * column's on {@code main}, then {@code source} is merged into {@code main}. A cell expects an
 * outcome and then exactly the rows of the target with the source's change applied, or a conflict
 * of one kind on one row (an orphan edge is our {@code CONSTRAINT_VIOLATION} naming the missing
 * endpoint) and then the target's head and rows unchanged.
 */
class MergeTruthTableIT {
  private static final String SCHEMA = """
      node Person { name: String @key  age: I32? }
      edge Knows: Person -> Person
      """;
  private static final String DATA = """
      {"type":"Person","data":{"name":"Alice","age":30}}
      {"type":"Person","data":{"name":"Bob","age":25}}
      {"type":"Person","data":{"name":"Carol","age":35}}
      {"type":"Person","data":{"name":"Dan","age":40}}
      {"edge":"Knows","from":"Bob","to":"Carol"}
      """;

  /** Rows: the source's operation; columns: the target's, both in {@link MergeOp} order (§5.4 verbatim). */
  private static final String[][] TABLE = {
      // noop  addNode            removeNode        addEdge       removeEdge  setProperty        netZeroEdge
      {"UTD", "UTD",             "UTD",            "UTD",        "UTD",      "UTD",             "UTD"}, // noop
      {"FF",  "DivergentInsert", "M",              "M",          "M",        "M",               "M"},   // addNode
      {"FF",  "M",               "M",              "OrphanEdge", "M",        "DeleteVsUpdate",  "M"},   // removeNode
      {"FF",  "M",               "OrphanEdge",     "M",          "M",        "M",               "M"},   // addEdge
      {"FF",  "M",               "M",              "M",          "M",        "M",               "M"},   // removeEdge
      {"FF",  "M",               "DeleteVsUpdate", "M",          "M",        "DivergentUpdate", "M"},   // setProperty
      {"FF",  "M",               "M",              "M",          "M",        "M",               "M"},   // netZeroEdge
  };

  @TempDir
  Path dir;

  static Stream<Arguments> cells() {
    List<Arguments> cells = new ArrayList<>();
    for (MergeOp source : MergeOp.values()) {
      for (MergeOp target : MergeOp.values()) {
        cells.add(Arguments.of(source, target, TABLE[source.ordinal()][target.ordinal()]));
      }
    }
    return cells.stream();
  }

  @ParameterizedTest(name = "source {0} into target {1}: {2}")
  @MethodSource("cells")
  void mergingSourceIntoTargetGivesTheTablesCell(MergeOp sourceOp, MergeOp targetOp, String cell) {
    try (Graph graph = fixture()) {
      graph.createBranch("source", "main");
      Graph source = graph.branch("source");
      sourceOp.run(source, true);
      targetOp.run(graph, false);
      GraphRows target = GraphRows.read(graph);
      assertThat(GraphRows.read(source)).as("source before the merge").isEqualTo(sourceOp.applyTo(GraphRows.FIXTURE, true));
      assertThat(target).as("target before the merge").isEqualTo(targetOp.applyTo(GraphRows.FIXTURE, false));
      String targetHead = graph.headCommit();
      String sourceHead = source.headCommit();
      switch (cell) {
        case "UTD" -> {
          MergeResult result = graph.merge("source", "main", "tester");
          assertThat(result.outcome()).isEqualTo(MergeResult.Outcome.ALREADY_UP_TO_DATE);
          assertThat(result.commitId()).isNull();
          assertThat(graph.headCommit()).isEqualTo(targetHead);
          assertThat(GraphRows.read(graph)).isEqualTo(target);
        }
        case "FF", "M" -> {
          MergeResult result = graph.merge("source", "main", "tester");
          assertThat(result.outcome()).isEqualTo(cell.equals("FF") ? MergeResult.Outcome.FAST_FORWARD : MergeResult.Outcome.MERGED);
          assertThat(graph.headCommit()).isEqualTo(result.commitId());
          assertThat(graph.log().get(0).parents()).containsExactly(targetHead, sourceHead);
          assertThat(GraphRows.read(graph)).isEqualTo(sourceOp.applyTo(target, true));
        }
        case "OrphanEdge" -> {
          assertThatThrownBy(() -> graph.merge("source", "main", "tester")).isInstanceOfSatisfying(OmniGraphException.class, e -> {
            assertThat(e).isNotInstanceOf(MergeConflictException.class);
            assertThat(e.code()).isEqualTo(ErrorCode.CONSTRAINT_VIOLATION);
            assertThat(e.detail()).contains("'Alice'").contains("Knows");
          });
          assertUnchanged(graph, targetHead, target);
        }
        default -> {
          MergeConflict.Kind kind = switch (cell) {
            case "DivergentInsert" -> MergeConflict.Kind.DIVERGENT_INSERT;
            case "DeleteVsUpdate" -> MergeConflict.Kind.DELETE_VS_UPDATE;
            case "DivergentUpdate" -> MergeConflict.Kind.DIVERGENT_UPDATE;
            default -> throw new IllegalArgumentException("unknown cell " + cell);
          };
          assertThatThrownBy(() -> graph.merge("source", "main", "tester")).isInstanceOfSatisfying(MergeConflictException.class, e -> {
            assertThat(e.code()).isEqualTo(ErrorCode.WRITE_CONFLICT);
            assertThat(e.conflicts()).singleElement().satisfies(conflict -> {
              assertThat(conflict.tableKey()).isEqualTo("node:Person");
              assertThat(conflict.id()).isEqualTo(kind == MergeConflict.Kind.DIVERGENT_INSERT ? "Eve" : "Alice");
              assertThat(conflict.kind()).isEqualTo(kind);
              assertThat(conflict.source()).isEqualTo(personRow(sourceOp, true));
              assertThat(conflict.target()).isEqualTo(personRow(targetOp, false));
            });
          });
          assertUnchanged(graph, targetHead, target);
        }
      }
    }
  }

  @Test
  void identicalUpdatesOnBothSidesMergeCleanly() {
    try (Graph graph = fixture()) {
      graph.createBranch("source", "main");
      MergeOp.SET_PROPERTY.run(graph.branch("source"), true);
      MergeOp.SET_PROPERTY.run(graph, true);
      MergeResult result = graph.merge("source", "main", "tester");
      assertThat(result.outcome()).isEqualTo(MergeResult.Outcome.MERGED);
      assertThat(result.changedRows()).isEmpty();
      assertThat(GraphRows.read(graph)).isEqualTo(GraphRows.FIXTURE.withPerson("Alice", 50));
    }
  }

  @Test
  void identicalInsertsOnBothSidesMergeCleanly() {
    try (Graph graph = fixture()) {
      graph.createBranch("source", "main");
      MergeOp.ADD_NODE.run(graph.branch("source"), true);
      MergeOp.ADD_NODE.run(graph, true);
      assertThat(graph.merge("source", "main", "tester").outcome()).isEqualTo(MergeResult.Outcome.MERGED);
      assertThat(GraphRows.read(graph)).isEqualTo(GraphRows.FIXTURE.withPerson("Eve", 1));
    }
  }

  private Graph fixture() {
    Graph graph = Graph.init(dir.resolve("g"), SCHEMA, "truth-table.pg");
    graph.load(DATA, "truth-table.jsonl");
    return graph;
  }

  /** The stored Person row (id, age, name) a side's operation leaves for the conflicting person, null when deleted. */
  private static List<Object> personRow(MergeOp op, boolean source) {
    GraphRows rows = op.applyTo(GraphRows.FIXTURE, source);
    String name = op == MergeOp.ADD_NODE ? "Eve" : "Alice";
    Integer age = rows.persons().get(name);
    return age == null ? null : Arrays.asList(name, age, name);
  }

  private static void assertUnchanged(Graph graph, String head, GraphRows rows) {
    assertThat(graph.headCommit()).as("target head after a failed merge").isEqualTo(head);
    assertThat(graph.log().get(0).id()).isEqualTo(head);
    assertThat(GraphRows.read(graph)).as("target rows after a failed merge").isEqualTo(rows);
  }
}
