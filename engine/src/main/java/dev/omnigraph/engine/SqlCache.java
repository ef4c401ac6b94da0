package dev.omnigraph.engine;

import dev.omnigraph.compiler.schema.GraphType;
import dev.omnigraph.compiler.sql.PlannedSql;
import dev.omnigraph.compiler.sql.SqlCatalog;
import dev.omnigraph.compiler.sql.SqlPlanner;
import dev.omnigraph.engine.exec.PlanSupport;
import dev.omnigraph.engine.meta.GraphMetadata;
import dev.omnigraph.engine.meta.TableInfo;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Prepared SQL queries of one graph, keyed by statement text, so a repeated statement skips
 * Calcite's parse, validation and planning (tens of milliseconds each time). The tables are
 * named as {@link GraphMetadata} names them, in the catalog named after the graph directory and
 * the branch {@link GraphMetadata#MAIN_BRANCH}; the catalog of an open graph never changes, so a
 * cached plan stays valid for the graph's lifetime. Only plans the executor can run
 * ({@link PlanSupport}) are cached. Least-recently-used entries beyond {@value #CAPACITY} are
 * dropped. Thread-safe.
 */
final class SqlCache {
  static final int CAPACITY = 512;

  /** How SQL error locations name the statement text, as for {@code .gq} text over JDBC. */
  static final String SOURCE_NAME = "<statement>";

  private final Graph graph;
  private final SqlCatalog catalog;
  private final Map<String, PreparedQuery> cache = new LinkedHashMap<>(64, 0.75f, true) {
    private static final long serialVersionUID = 1L;

    @Override
    protected boolean removeEldestEntry(Map.Entry<String, PreparedQuery> eldest) {
      return size() > CAPACITY;
    }
  };

  SqlCache(Graph graph) {
    this.graph = graph;
    Map<String, GraphType> tables = new HashMap<>();
    for (TableInfo table : new GraphMetadata(graph.catalog()).tables()) {
      tables.put(table.name(), table.type());
    }
    java.nio.file.Path name = graph.root().toAbsolutePath().normalize().getFileName();
    this.catalog = new SqlCatalog(name == null ? graph.root().toString() : name.toString(), GraphMetadata.MAIN_BRANCH, tables);
  }

  PreparedQuery prepare(String sql) {
    synchronized (cache) {
      PreparedQuery cached = cache.get(sql);
      if (cached != null) {
        return cached;
      }
    }
    PlannedSql planned = SqlPlanner.plan(sql, SOURCE_NAME, catalog);
    PlanSupport.check(planned.plan());
    PreparedQuery prepared = new PreparedSqlQuery(graph, planned);
    synchronized (cache) {
      cache.put(sql, prepared);
    }
    return prepared;
  }
}
