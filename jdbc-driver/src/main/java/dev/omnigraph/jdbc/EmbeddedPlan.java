package dev.omnigraph.jdbc;

import dev.omnigraph.compiler.query.ParamDecl;
import dev.omnigraph.compiler.query.QueryParser;
import dev.omnigraph.compiler.query.ast.Query;
import dev.omnigraph.compiler.query.ast.QueryFile;
import dev.omnigraph.compiler.query.check.MutationChecker;
import dev.omnigraph.engine.Graph;
import dev.omnigraph.engine.MutationResult;
import dev.omnigraph.engine.PreparedQuery;
import dev.omnigraph.engine.PreparedSqlUpdate;
import dev.omnigraph.engine.ResultColumn;
import dev.omnigraph.engine.ResultCursor;
import dev.omnigraph.engine.StatementText;
import dev.omnigraph.engine.stored.StoredParam;
import dev.omnigraph.engine.stored.StoredQuery;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The {@link StatementPlan} of an embedded graph: what one statement text runs, decided once when
 * the text is prepared: a read, whose rows come back as a result set, or an update, which returns
 * a count of changed rows.
 *
 * <ul>
 *   <li>{@code .gq} text holding one mutation query, or a call of a stored mutation: an update
 *       run by {@link Graph#mutate}/{@link Graph#mutateStored}; the count is the affected nodes
 *       plus the affected edges;
 *   <li>SQL {@code INSERT}, {@code UPDATE} or {@code DELETE}: an update run by
 *       {@link Graph#prepareSqlUpdate} on the mutation engine, with the same count;
 *   <li>anything else ({@code .gq} read text, a call of a stored read query, a SQL query): a read.
 * </ul>
 *
 * A read is planned against the graph handle given when it is resolved, and planned again when a
 * later execution runs on another handle (a transaction's, a branch's), so every execution reads
 * the handle the session uses at that moment ({@code current}). Not thread-safe, as the
 * statements holding it.
 */
final class EmbeddedPlan implements StatementPlan {
  /** Runs an update on a graph handle and returns the rows it changed. */
  @FunctionalInterface
  interface Update {
    long run(Graph graph, Map<String, Object> params);
  }

  private final String name;
  private final List<ParamDecl> parameters;
  private final Function<Graph, PreparedQuery> reader;
  private final Update update;
  private final Supplier<Graph> current;
  private Graph preparedOn;
  private PreparedQuery prepared;

  private EmbeddedPlan(Supplier<Graph> current, String name, List<ParamDecl> parameters, Function<Graph, PreparedQuery> reader,
      Update update) {
    this.current = current;
    this.name = name;
    this.parameters = List.copyOf(parameters);
    this.reader = reader;
    this.update = update;
  }

  /**
   * Resolves statement text that is not a call: {@code .gq} or SQL, checked (and a read planned)
   * against {@code graph} now, so errors and metadata come before execution; executions run on
   * {@code current}'s handle.
   *
   * @throws dev.omnigraph.compiler.diag.OmniGraphException as parsing, checking or planning reports
   */
  static EmbeddedPlan ofText(Graph graph, Supplier<Graph> current, String text) {
    if (StatementText.isGq(text)) {
      QueryFile file = QueryParser.parse(text, OmniGraphStatement.SOURCE_NAME);
      if (file.queries().size() == 1 && file.queries().get(0).isMutation()) {
        Query query = file.queries().get(0);
        MutationChecker.check(graph.catalog(), query);
        return new EmbeddedPlan(current, query.name(), query.params(), null,
            (g, params) -> count(g.mutate(text, OmniGraphStatement.SOURCE_NAME, null, params)));
      }
      return read(graph, current, g -> g.prepare(text, OmniGraphStatement.SOURCE_NAME, null));
    }
    if (StatementText.isSqlUpdate(text)) {
      PreparedSqlUpdate dml = graph.prepareSqlUpdate(text);
      return new EmbeddedPlan(current, dml.name(), dml.parameters(), null,
          (g, params) -> count((g == graph ? dml : g.prepareSqlUpdate(text)).execute(params)));
    }
    return read(graph, current, g -> g.prepareSql(text));
  }

  /**
   * Resolves a call of the stored query {@code name}: a stored mutation is an update, anything
   * else a read planned now (an unknown name fails here, with the engine's suggestions).
   */
  static EmbeddedPlan ofCall(Graph graph, Supplier<Graph> current, String name) {
    for (StoredQuery stored : graph.storedQueries()) {
      if (stored.name().equals(name) && stored.mutation()) {
        List<ParamDecl> params = stored.params().stream().map(EmbeddedPlan::decl).toList();
        return new EmbeddedPlan(current, name, params, null, (g, values) -> count(g.mutateStored(name, values)));
      }
    }
    return read(graph, current, g -> g.prepareStored(name));
  }

  private static EmbeddedPlan read(Graph graph, Supplier<Graph> current, Function<Graph, PreparedQuery> reader) {
    PreparedQuery query = reader.apply(graph);
    EmbeddedPlan plan = new EmbeddedPlan(current, query.name(), query.parameters(), reader, null);
    plan.preparedOn = graph;
    plan.prepared = query;
    return plan;
  }

  private static long count(MutationResult result) {
    return result.affectedNodes() + result.affectedEdges();
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public List<ParamDecl> parameters() {
    return parameters;
  }

  @Override
  public boolean isUpdate() {
    return update != null;
  }

  @Override
  public List<ResultColumn> columns() {
    return update != null ? List.of() : prepared.columns();
  }

  /** Starts a read on the current handle, planning it again when it was planned on another one. */
  @Override
  public ResultCursor open(Map<String, Object> params) {
    Graph graph = current.get();
    if (graph != preparedOn) {
      prepared = reader.apply(graph);
      preparedOn = graph;
    }
    return prepared.open(params);
  }

  /** Runs an update on the current handle; returns the rows it changed. */
  @Override
  public long update(Map<String, Object> params) {
    return update.run(current.get(), params);
  }

  /** Nothing to free: plans are cached by the engine. */
  @Override
  public void close() {}

  private static ParamDecl decl(StoredParam param) {
    return new ParamDecl(param.name(), param.type());
  }
}
