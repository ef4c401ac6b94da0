package dev.omnigraph.engine;

import dev.omnigraph.compiler.query.ParamDecl;
import java.util.List;
import java.util.Map;

/**
 * A parsed, type-checked and planned read query bound to one open {@link Graph}. Executing it
 * skips parsing, checking and planning. Thread-safe: executions share nothing mutable.
 */
public interface PreparedQuery {

  /** The query's name as declared. */
  String name();

  /** The declared parameters in declaration order. */
  List<ParamDecl> parameters();

  /** The result columns, known before execution. */
  List<ResultColumn> columns();

  /**
   * Runs the query.
   *
   * @param params values by parameter name (without {@code $}); JSON-shaped values (String,
   *     Integer/Long, Double, Boolean, List, null) are coerced as {@code gq-language.md} §10.4 says
   * @throws dev.omnigraph.compiler.diag.OmniGraphException {@code INVALID_PARAMETER} when a
   *     parameter is missing or of the wrong type; {@code STORAGE_ERROR} when a scan fails;
   *     {@code DATA_ERROR} when an expression fails on a row
   */
  default QueryResult execute(Map<String, ?> params) {
    return QueryResult.drain(open(params));
  }

  /**
   * Starts the query and returns its rows as a cursor that computes them as it is read (see
   * {@link ResultCursor}); the caller closes it. The graph version is fixed now.
   *
   * @param params as {@link #execute}
   * @throws dev.omnigraph.compiler.diag.OmniGraphException {@code INVALID_PARAMETER} as
   *     {@link #execute}; row-time errors come from {@link ResultCursor#next()}
   */
  ResultCursor open(Map<String, ?> params);

  /** The optimized plan, one operator a line, with what each Lance scan was given. */
  String explain();
}
