package dev.omnigraph.engine;

import dev.omnigraph.compiler.schema.GraphType;
import dev.omnigraph.compiler.sql.PlannedSql;
import dev.omnigraph.compiler.sql.PlannedSqlModify;
import dev.omnigraph.compiler.sql.SqlCatalog;
import dev.omnigraph.compiler.sql.SqlModifyPlanner;
import dev.omnigraph.compiler.sql.SqlPlanner;
import dev.omnigraph.engine.exec.PlanSupport;
import dev.omnigraph.engine.meta.GraphMetadata;
import dev.omnigraph.engine.meta.TableInfo;
import java.util.HashMap;
import java.util.Map;

/**
 * Prepared SQL queries of one graph handle, keyed by statement text, so a repeated statement
 * skips Calcite's parse, validation and planning (tens of milliseconds each time). The tables are
 * named as {@link GraphMetadata} names them, in the catalog named after the graph directory and
 * a schema per branch (listed when a statement is planned), unqualified names resolving in the
 * handle's branch ({@link Graph#sqlBranch()}); the catalog of an open graph never changes, so a
 * cached plan stays valid for the graph's lifetime (a plan naming a branch deleted since fails
 * when it runs). Only plans the executor can run ({@link PlanSupport}) are cached. SQL
 * {@code INSERT}/{@code UPDATE}/{@code DELETE} are planned on each call ({@link #prepareUpdate}),
 * not cached. Least-recently-used entries beyond {@value #CAPACITY} are dropped. Thread-safe.
 */
final class SqlCache {
  static final int CAPACITY = 512;

  /** How SQL error locations name the statement text, as for {@code .gq} text over JDBC. */
  static final String SOURCE_NAME = "<statement>";

  private final Graph graph;
  private final String catalogName;
  private final Map<String, GraphType> tables = new HashMap<>();
  private final PlanLru<String, PreparedQuery> cache = new PlanLru<>(CAPACITY);

  SqlCache(Graph graph) {
    this.graph = graph;
    for (TableInfo table : new GraphMetadata(graph.catalog()).tables()) {
      tables.put(table.name(), table.type());
    }
    java.nio.file.Path name = graph.root().toAbsolutePath().normalize().getFileName();
    this.catalogName = name == null ? graph.root().toString() : name.toString();
  }

  /** The handle's SQL catalog now: its branch as the default schema, every branch as a schema. */
  private SqlCatalog catalog() {
    return new SqlCatalog(catalogName, graph.sqlBranch(), graph.branches(), tables);
  }

  /** Plans a SQL {@code INSERT}, {@code UPDATE} or {@code DELETE}; see {@link SqlModifyPlanner}. */
  PreparedSqlUpdate prepareUpdate(String sql) {
    PlannedSqlModify planned = SqlModifyPlanner.plan(sql, SOURCE_NAME, catalog());
    PlanSupport.check(planned.source());
    return new PreparedSqlUpdate(graph, planned);
  }

  PreparedQuery prepare(String sql) {
    return cache.get(sql, () -> {
      PlannedSql planned = SqlPlanner.plan(sql, SOURCE_NAME, catalog());
      PlanSupport.check(planned.plan());
      return new PreparedSqlQuery(graph, planned);
    });
  }
}
