package dev.omnigraph.compiler.query.ast;

import dev.omnigraph.compiler.diag.SourceLocation;
import java.util.List;

/** A {@code .gq} expression ({@code gq-language.md} §3). Every node carries its source location. */
public sealed interface Expr {

  /** Where the expression starts. */
  SourceLocation at();

  /** {@code $v.prop}. */
  record PropAccess(String variable, String property, SourceLocation at) implements Expr {}

  /** {@code $name}: a parameter or a bound variable (resolved by the checker). */
  record Variable(String name, SourceLocation at) implements Expr {}

  /**
   * A literal: {@link String}, {@link Long} (integers), {@link Double} (floats), {@link Boolean},
   * {@link java.time.LocalDate} ({@code date("...")}), {@link java.time.Instant}
   * ({@code datetime("...")}), or a {@link List} of those.
   *
   * @param text the literal as written, for messages
   */
  record Literal(Object value, String text, SourceLocation at) implements Expr {}

  /** {@code now()}: the request timestamp. */
  record Now(SourceLocation at) implements Expr {}

  /** A bare identifier: a reference to a {@code return} alias ({@code gq-language.md} §3.1 rule 7). */
  record AliasRef(String name, SourceLocation at) implements Expr {}

  /** {@code count|sum|avg|min|max(arg)}. */
  record Aggregate(String function, Expr argument, SourceLocation at) implements Expr {}

  /** A search or ranking call: {@code search}, {@code fuzzy}, {@code match_text}, {@code bm25}, {@code nearest}, {@code rrf}. */
  record Call(String function, List<Expr> arguments, SourceLocation at) implements Expr {
    public Call {
      arguments = List.copyOf(arguments);
    }
  }
}
