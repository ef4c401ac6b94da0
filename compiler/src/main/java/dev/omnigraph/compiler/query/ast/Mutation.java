package dev.omnigraph.compiler.query.ast;

import dev.omnigraph.compiler.diag.SourceLocation;
import java.util.List;

/** A mutation statement ({@code gq-language.md} §9). Executed by the write engine. */
public sealed interface Mutation {

  /** Where the statement starts. */
  SourceLocation at();

  /** {@code insert Type { prop: value ... }}. */
  record Insert(String typeName, List<Assignment> assignments, SourceLocation at) implements Mutation {
    public Insert {
      assignments = List.copyOf(assignments);
    }
  }

  /** {@code update Type set { ... } where prop op value}. */
  record Update(String typeName, List<Assignment> assignments, Predicate where, SourceLocation at) implements Mutation {
    public Update {
      assignments = List.copyOf(assignments);
    }
  }

  /** {@code delete Type where prop op value}. */
  record Delete(String typeName, Predicate where, SourceLocation at) implements Mutation {}

  /** {@code prop: value}. */
  record Assignment(String property, Expr value, SourceLocation at) {}

  /** {@code prop op value}, a single comparison. */
  record Predicate(String property, String operator, Expr value, SourceLocation at) {}
}
