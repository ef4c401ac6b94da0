package dev.omnigraph.compiler.query.ast;

import dev.omnigraph.compiler.diag.SourceLocation;
import dev.omnigraph.compiler.query.ParamDecl;
import java.util.List;
import java.util.Map;

/**
 * One {@code query} declaration: a read body ({@code match}, {@code return}, {@code order},
 * {@code limit}) or a list of mutation statements ({@code gq-language.md} §3, §9).
 *
 * @param annotations {@code description} and {@code instruction} values
 * @param limit the {@code limit}, or null
 */
public record Query(
    String name,
    List<ParamDecl> params,
    Map<String, String> annotations,
    List<Clause> match,
    List<Projection> returns,
    List<Ordering> order,
    Long limit,
    List<Mutation> mutations,
    SourceLocation at) {

  public Query {
    params = List.copyOf(params);
    annotations = Map.copyOf(annotations);
    match = List.copyOf(match);
    returns = List.copyOf(returns);
    order = List.copyOf(order);
    mutations = List.copyOf(mutations);
  }

  /** True when the body is mutation statements. */
  public boolean isMutation() {
    return !mutations.isEmpty();
  }

  /** {@code expr [as alias]} in {@code return}. */
  public record Projection(Expr expr, String alias, SourceLocation at) {}

  /** {@code expr [asc|desc]} in {@code order}. */
  public record Ordering(Expr expr, boolean descending, SourceLocation at) {}
}
