package dev.omnigraph.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.omnigraph.compiler.query.QueryParser;
import dev.omnigraph.compiler.query.ast.Expr;
import dev.omnigraph.compiler.query.ast.Query;
import dev.omnigraph.compiler.query.check.CheckedMutation;
import dev.omnigraph.compiler.query.check.MutationChecker;
import dev.omnigraph.compiler.schema.EdgeType;
import dev.omnigraph.compiler.schema.NodeType;
import dev.omnigraph.compiler.schema.PropType;
import dev.omnigraph.engine.Graph;
import dev.omnigraph.engine.MutationResult;
import dev.omnigraph.engine.QueryResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every mutation of every cookbook's {@code queries/mutations.gq} runs on the seeded graph, with
 * parameters drawn from the seed and the schema: a node insert gets a fresh slug and, for each
 * other parameter, a value of its property's type (an enum's first value); an edge insert links a
 * stored source that has no edge of that type yet (so {@code @card(0..1)} holds) to a stored
 * target. Each effect is then checked by a read: the node with its assigned values, or one more
 * edge row between the two endpoints.
 */
class CookbookMutationsIT {
  private static final String TIME = "2026-03-01T12:00:00Z";

  @TempDir
  Path dir;

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"industry-intel", "pharma-intel", "second-brain"})
  void everyCookbookMutationRunsAndItsEffectIsReadBack(String cookbook) throws IOException {
    Path book = CookbookGraph.cookbookDir(cookbook);
    Path file = book.resolve("queries/mutations.gq");
    String text = Files.readString(file);
    int ran = 0;
    try (Graph graph = Graph.init(dir.resolve(cookbook), book.resolve("schema.pg"))) {
      graph.load(book.resolve("seed.jsonl"));
      for (Query query : QueryParser.parse(text, file.toString()).queries()) {
        CheckedMutation checked = MutationChecker.check(graph.catalog(), query);
        assertThat(checked.statements()).as(query.name()).hasSize(1);
        CheckedMutation.Insert insert = (CheckedMutation.Insert) checked.statements().get(0);
        if (insert.target() instanceof NodeType node) {
          insertNode(graph, text, file, query, node, insert);
        } else {
          insertEdge(graph, text, file, query, (EdgeType) insert.target(), insert);
        }
        ran++;
      }
    }
    assertThat(ran).as("mutations run").isGreaterThan(10);
  }

  private static void insertNode(Graph graph, String text, Path file, Query query, NodeType node, CheckedMutation.Insert insert) {
    Map<String, Object> params = new HashMap<>();
    for (CheckedMutation.Assignment assignment : insert.assignments()) {
      String param = ((Expr.Variable) assignment.value()).name();
      params.put(param, node.key().contains(assignment.property()) ? "mut-" + query.name() : valueOf(assignment.propertyType()));
    }
    MutationResult result = graph.mutate(text, file.toString(), query.name(), params);
    assertThat(List.of(result.affectedNodes(), result.affectedEdges())).as(query.name()).containsExactly(1L, 0L);
    String key = node.key().get(0);
    for (CheckedMutation.Assignment assignment : insert.assignments()) {
      QueryResult read = graph.query("query q($k: String) { match { $n: " + node.name() + " { " + key + ": $k } } return { $n."
          + assignment.property() + " } }", "check.gq", null, Map.of("k", "mut-" + query.name()));
      Object expected = params.get(((Expr.Variable) assignment.value()).name());
      Object stored = read.get(0, 0);
      assertThat(stored instanceof Instant instant ? instant.toString() : stored).as(query.name() + " " + assignment.property())
          .isEqualTo(expected instanceof String s && s.equals(TIME) ? "2026-03-01T12:00:00Z" : expected);
    }
  }

  private static void insertEdge(Graph graph, String text, Path file, Query query, EdgeType edge, CheckedMutation.Insert insert) {
    String source = firstId(graph, "match { $n: " + edge.fromType() + "  not { $n " + word(edge) + " $x } }");
    if (source == null) {
      source = firstId(graph, "match { $n: " + edge.fromType() + " }");
    }
    String target = firstId(graph, "match { $n: " + edge.toType() + " }");
    Map<String, Object> params = new HashMap<>();
    for (CheckedMutation.Assignment assignment : insert.assignments()) {
      String param = ((Expr.Variable) assignment.value()).name();
      params.put(param, switch (assignment.property()) {
        case "from" -> source;
        case "to" -> target;
        default -> valueOf(assignment.propertyType());
      });
    }
    long before = edgeRows(graph, edge, source, target);
    MutationResult result = graph.mutate(text, file.toString(), query.name(), params);
    assertThat(List.of(result.affectedNodes(), result.affectedEdges())).as(query.name()).containsExactly(0L, 1L);
    assertThat(edgeRows(graph, edge, source, target)).as(query.name()).isEqualTo(before + 1);
  }

  /** A value of the type: an enum's first value, a string, a timestamp, a number, true, an empty list. */
  private static Object valueOf(PropType type) {
    if (type.list()) {
      return List.of();
    }
    if (type.isEnum()) {
      return type.enumValues().get(0);
    }
    return switch (type.scalar()) {
      case STRING -> "mutated";
      case DATETIME -> TIME;
      case DATE -> "2026-03-01";
      case BOOL -> true;
      case F32, F64 -> 1.5;
      default -> 1;
    };
  }

  /** The edge's traversal word: its name with a lower-case first letter (edge names match case-insensitively). */
  private static String word(EdgeType edge) {
    return Character.toLowerCase(edge.name().charAt(0)) + edge.name().substring(1);
  }

  private static String firstId(Graph graph, String match) {
    QueryResult result = graph.query("query q() { " + match + " return { $n } limit 1 }", "pick.gq", null, Map.of());
    return result.rowCount() == 0 ? null : (String) result.get(0, 0);
  }

  private static long edgeRows(Graph graph, EdgeType edge, String source, String target) {
    QueryResult rows = graph.query("query q() { match { $a: " + edge.fromType() + "  $a $e:" + word(edge) + " $b } return { $a, $b } }",
        "edges.gq", null, Map.of());
    return rows.rowsAsLists().stream().filter(r -> r.get(0).equals(source) && r.get(1).equals(target)).count();
  }
}
