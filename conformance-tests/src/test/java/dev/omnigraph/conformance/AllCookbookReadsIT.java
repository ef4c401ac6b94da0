package dev.omnigraph.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.omnigraph.compiler.diag.ErrorCode;
import dev.omnigraph.compiler.diag.OmniGraphException;
import dev.omnigraph.compiler.query.ParamDecl;
import dev.omnigraph.compiler.query.QueryParser;
import dev.omnigraph.compiler.query.ast.Clause;
import dev.omnigraph.compiler.query.ast.Expr;
import dev.omnigraph.compiler.query.ast.Query;
import dev.omnigraph.compiler.schema.NodeType;
import dev.omnigraph.compiler.schema.PropType;
import dev.omnigraph.engine.Graph;
import dev.omnigraph.engine.QueryResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every read query of every cookbook that does not call a search or ranking function runs, with
 * each parameter drawn from the seed: the stored value of the property the parameter is matched
 * or compared with. The exact answers of a sample are asserted by the per-cookbook suites.
 */
class AllCookbookReadsIT {
  @TempDir
  Path dir;

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"industry-intel", "pharma-intel", "second-brain"})
  void everyReadQueryRunsWithParametersFromTheSeed(String cookbook) throws IOException {
    Path book = CookbookGraph.cookbookDir(cookbook);
    int run = 0;
    int withRows = 0;
    List<String> searchQueries = new ArrayList<>();
    try (Graph graph = Graph.init(dir.resolve(cookbook), book.resolve("schema.pg"));
        Stream<Path> files = Files.list(book.resolve("queries"))) {
      graph.load(book.resolve("seed.jsonl"));
      for (Path file : files.sorted().toList()) {
        String text = Files.readString(file);
        for (Query query : QueryParser.parse(text, file.toString()).queries()) {
          if (query.isMutation()) {
            continue;
          }
          Map<String, Object> params = new HashMap<>();
          for (ParamDecl param : query.params()) {
            params.put(param.name(), valueFor(graph, query, param));
          }
          try {
            QueryResult result = graph.query(text, file.toString(), query.name(), params);
            run++;
            withRows += result.rowCount() > 0 ? 1 : 0;
          } catch (OmniGraphException e) {
            assertThat(e.code()).as("%s %s: %s", file.getFileName(), query.name(), e.getMessage()).isEqualTo(ErrorCode.UNSUPPORTED);
            assertThat(e.detail()).contains("search and ranking");
            searchQueries.add(query.name());
          }
        }
      }
    }
    assertThat(run).as("read queries run in %s", cookbook).isGreaterThanOrEqualTo(30);
    assertThat(withRows).as("queries with at least one row (of %d)", run).isGreaterThanOrEqualTo(run * 6 / 10);
    assertThat(searchQueries).allMatch(name -> name.contains("search") || name.contains("chunks"));
  }

  /** The seed value of the property a parameter meets in a binding or a filter; a typed default otherwise. */
  private static Object valueFor(Graph graph, Query query, ParamDecl param) {
    Map<String, String> types = new HashMap<>();
    for (Clause clause : query.match()) {
      if (clause instanceof Clause.Binding binding) {
        types.putIfAbsent(binding.variable(), binding.typeName());
        for (Clause.PropMatch match : binding.matches()) {
          if (match.value() instanceof Expr.Variable v && v.name().equals(param.name())) {
            return seedValue(graph, binding.typeName(), match.property(), param.type());
          }
        }
      }
    }
    for (Clause clause : query.match()) {
      if (clause instanceof Clause.Filter filter) {
        Expr property = filter.right() instanceof Expr.Variable v && v.name().equals(param.name()) ? filter.left()
            : filter.left() instanceof Expr.Variable v2 && v2.name().equals(param.name()) ? filter.right() : null;
        if (property instanceof Expr.PropAccess access && types.containsKey(access.variable())) {
          return seedValue(graph, types.get(access.variable()), access.property(), param.type());
        }
      }
    }
    return defaultValue(param.type());
  }

  private static Object seedValue(Graph graph, String typeName, String property, PropType paramType) {
    NodeType type = graph.catalog().nodeType(typeName).orElseThrow();
    QueryResult values = graph.query("query v() { match { $x: " + typeName + " } return { $x." + property + " } order { $x."
        + property + " asc } }", "<seed>", null, Map.of());
    boolean listProperty = type.property(property).orElseThrow().type().list();
    List<Object> present = new ArrayList<>();
    for (List<Object> row : values.rowsAsLists()) {
      Object value = row.get(0);
      if (listProperty && value instanceof List<?> list && !list.isEmpty()) {
        present.add(list.get(0));
      } else if (!listProperty && value != null) {
        present.add(value);
      }
    }
    if (present.isEmpty()) {
      return defaultValue(paramType);
    }
    Object chosen = present.get(present.size() / 2);
    return chosen instanceof java.time.temporal.Temporal ? chosen.toString() : chosen;
  }

  private static Object defaultValue(PropType type) {
    if (type.list()) {
      return List.of();
    }
    return switch (type.scalar()) {
      case I32, I64, U32, U64 -> 1;
      case F32, F64 -> 1.0;
      case BOOL -> true;
      case DATE -> "2026-01-01";
      case DATETIME -> "2026-01-01T00:00:00Z";
      default -> "none";
    };
  }
}
