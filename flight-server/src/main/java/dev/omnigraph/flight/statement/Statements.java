package dev.omnigraph.flight.statement;

import dev.omnigraph.compiler.diag.ErrorCode;
import dev.omnigraph.compiler.diag.OmniGraphException;
import dev.omnigraph.compiler.query.ParamDecl;
import dev.omnigraph.compiler.query.QueryParser;
import dev.omnigraph.compiler.query.ast.Query;
import dev.omnigraph.compiler.query.ast.QueryFile;
import dev.omnigraph.engine.Graph;
import dev.omnigraph.engine.PreparedQuery;
import dev.omnigraph.engine.PreparedSqlUpdate;
import dev.omnigraph.engine.StatementText;
import dev.omnigraph.engine.stored.StoredQuery;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Plans statement text into a {@link Statement}. Three kinds of text are accepted:
 *
 * <ul>
 *   <li>a call of a stored query, {@code CALL name(args)} or <code>{call name(args)}</code>
 *       ({@link CallText}); its arguments bind the query's parameters by position, {@code ?}
 *       markers are left open for a parameter batch; stored mutations run too;
 *   <li>{@code .gq} text ({@link StatementText#isGq}: after blanks and comments it starts with
 *       {@code query}, as for the JDBC driver); it declares exactly one query, a read or a
 *       mutation, whose declared parameters are all open;
 *   <li>SQL {@code INSERT}, {@code UPDATE} and {@code DELETE} on a node or edge table
 *       ({@link Graph#prepareSqlUpdate}) run as mutations; anything else is a SQL query
 *       ({@link Graph#prepareSql}: a {@code SELECT} over the node and edge tables); their
 *       {@code ?} markers are open in order. Both are planned on the handle they will run on.
 * </ul>
 *
 * Stateless; plans are cached by the engine, so planning the same text again is cheap.
 */
public final class Statements {
  /** The source name statement text carries in error locations, e.g. {@code <statement>:1:7}. */
  public static final String SOURCE_NAME = "<statement>";

  private Statements() {}

  /**
   * Plans {@code text} against {@code graph}.
   *
   * @throws OmniGraphException {@code SYNTAX_ERROR}/{@code TYPE_ERROR} naming
   *     {@code <statement>:line:column}; {@code NOT_FOUND} for an unknown stored query;
   *     {@code INVALID_PARAMETER} for a call with the wrong number of arguments or text declaring
   *     several queries; {@code UNSUPPORTED} for SQL statements and features the engine does not run
   */
  public static Statement plan(Graph graph, String text) {
    if (CallText.isCall(text)) {
      return call(graph, CallText.parse(text));
    }
    if (StatementText.isSqlUpdate(text)) {
      PreparedSqlUpdate update = graph.prepareSqlUpdate(text);
      return new MutationStatement((g, params) -> update.execute(params), Map.of(), update.parameters());
    }
    if (!StatementText.isGq(text)) {
      PreparedQuery sql = graph.prepareSql(text);
      return new ReadStatement(sql, Map.of(), sql.parameters());
    }
    QueryFile file = QueryParser.parse(text, SOURCE_NAME);
    if (file.queries().size() != 1) {
      throw new OmniGraphException(ErrorCode.INVALID_PARAMETER, SOURCE_NAME + " declares " + file.queries().size()
          + " queries; a statement declares exactly one (register several with `omnigraph queries add` and CALL them by name)");
    }
    Query query = file.queries().get(0);
    if (query.isMutation()) {
      return new MutationStatement((g, params) -> g.mutate(text, SOURCE_NAME, query.name(), params), Map.of(), query.params());
    }
    return new ReadStatement(graph.prepare(text, SOURCE_NAME, null), Map.of(), query.params());
  }

  private static Statement call(Graph graph, CallText.Call call) {
    StoredQuery stored = graph.storedQueries().stream().filter(q -> q.name().equals(call.name())).findFirst().orElse(null);
    if (stored == null || !stored.mutation()) {
      PreparedQuery prepared = graph.prepareStored(call.name());
      Binding binding = bind(call, prepared.parameters());
      return new ReadStatement(prepared, binding.fixed(), binding.open());
    }
    Binding binding = bind(call, stored.params().stream().map(p -> new ParamDecl(p.name(), p.type())).toList());
    return new MutationStatement((g, params) -> g.mutateStored(call.name(), params), binding.fixed(), binding.open());
  }

  private record Binding(Map<String, Object> fixed, List<ParamDecl> open) {}

  private static Binding bind(CallText.Call call, List<ParamDecl> params) {
    if (call.arguments().size() != params.size()) {
      throw new OmniGraphException(ErrorCode.INVALID_PARAMETER, "CALL " + call.name() + " takes " + params.size()
          + " argument(s) (" + String.join(", ", params.stream().map(p -> "$" + p.name() + ": " + p.type()).toList())
          + "), got " + call.arguments().size());
    }
    Map<String, Object> fixed = new HashMap<>();
    List<ParamDecl> open = new ArrayList<>();
    for (int i = 0; i < params.size(); i++) {
      Object argument = call.arguments().get(i);
      if (argument == CallText.MARKER) {
        open.add(params.get(i));
      } else {
        fixed.put(params.get(i).name(), argument);
      }
    }
    return new Binding(fixed, open);
  }
}
