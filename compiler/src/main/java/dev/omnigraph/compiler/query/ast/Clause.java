package dev.omnigraph.compiler.query.ast;

import dev.omnigraph.compiler.diag.SourceLocation;
import java.util.List;

/** A clause of a {@code match} block ({@code gq-language.md} §3, §5). */
public sealed interface Clause {

  /** Where the clause starts. */
  SourceLocation at();

  /** {@code $v: Type { prop: value, ... }}. */
  record Binding(String variable, String typeName, List<PropMatch> matches, SourceLocation at) implements Clause {
    public Binding {
      matches = List.copyOf(matches);
    }
  }

  /** {@code prop: value} inside a binding. */
  record PropMatch(String property, Expr value, SourceLocation at) {}

  /**
   * {@code $src [$e:]edge{min,max} $dst} or with {@code <edge>} (undirected).
   *
   * @param edgeVariable the edge binding's name, or null
   * @param minHops lower bound (1 when omitted)
   * @param maxHops upper bound, null when written {@code {m,}} (rejected by the checker)
   */
  record Traversal(String source, String edgeVariable, String edgeName, boolean undirected, long minHops, Long maxHops,
      String target, SourceLocation at) implements Clause {}

  /** {@code left op right} with op one of {@code = != < <= > >= contains starts_with}. */
  record Filter(Expr left, String operator, Expr right, SourceLocation at) implements Clause {}

  /** {@code not { ... }}. */
  record Negation(List<Clause> clauses, SourceLocation at) implements Clause {
    public Negation {
      clauses = List.copyOf(clauses);
    }
  }

  /** A bare {@code search(...)}, {@code fuzzy(...)} or {@code match_text(...)} clause. */
  record SearchClause(Expr.Call call, SourceLocation at) implements Clause {}
}
