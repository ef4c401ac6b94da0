package dev.omnigraph.engine;

import dev.omnigraph.compiler.diag.ErrorCode;
import dev.omnigraph.compiler.diag.OmniGraphException;
import dev.omnigraph.compiler.plan.PlannedQuery;
import dev.omnigraph.compiler.plan.QueryPlanner;
import dev.omnigraph.compiler.query.QueryParser;
import dev.omnigraph.compiler.query.ast.Query;
import dev.omnigraph.compiler.query.ast.QueryFile;
import dev.omnigraph.compiler.query.check.TypeChecker;
import java.util.Objects;

/**
 * Prepared queries of one graph, keyed by (source text, query name). The catalog of an open graph
 * never changes, so a cached plan stays valid for the graph's lifetime; only successfully planned
 * queries are cached. Least-recently-used entries beyond {@value #CAPACITY} are dropped.
 * Thread-safe.
 */
final class QueryCache {
  static final int CAPACITY = 512;

  private final Graph graph;
  private final PlanLru<Key, PreparedQuery> cache = new PlanLru<>(CAPACITY);

  QueryCache(Graph graph) {
    this.graph = graph;
  }

  PreparedQuery prepare(String source, String sourceName, String queryName) {
    return cache.get(new Key(source, queryName), () -> {
      Query query = select(QueryParser.parse(source, sourceName), queryName, sourceName);
      PlannedQuery planned = QueryPlanner.plan(TypeChecker.check(graph.catalog(), query));
      return new PreparedReadQuery(graph, planned);
    });
  }

  /**
   * The query {@code name} of {@code file}, or its only query when {@code name} is null.
   *
   * @throws OmniGraphException {@code NOT_FOUND} for an unknown name; {@code INVALID_PARAMETER}
   *     when no name is given and the file holds no query or several
   */
  static Query select(QueryFile file, String name, String sourceName) {
    if (name == null) {
      if (file.queries().size() == 1) {
        return file.queries().get(0);
      }
      throw new OmniGraphException(ErrorCode.INVALID_PARAMETER, file.queries().isEmpty()
          ? sourceName + " holds no query"
          : sourceName + " holds " + file.queries().size() + " queries (" + String.join(", ", file.queries().stream().map(Query::name).toList())
          + "); name the one to run");
    }
    for (Query query : file.queries()) {
      if (query.name().equals(name)) {
        return query;
      }
    }
    throw new OmniGraphException(ErrorCode.NOT_FOUND, "query '" + name + "' not found in " + sourceName + " (queries: "
        + String.join(", ", file.queries().stream().map(Query::name).toList()) + ")");
  }

  private record Key(String source, String name) {
    Key {
      Objects.requireNonNull(source);
    }
  }
}
