package dev.omnigraph.compiler.query.check;

import dev.omnigraph.compiler.query.ast.Expr;
import dev.omnigraph.compiler.schema.EdgeType;
import dev.omnigraph.compiler.schema.NodeType;
import java.util.List;

/**
 * One step of a checked {@code match} block, in the order the planner applies them.
 */
public sealed interface MatchStep {

  /** Introduce {@code variable} by scanning its node type (a component root or a cross product). */
  record Scan(String variable, NodeType type) implements MatchStep {}

  /**
   * Follow {@code edge} from the bound {@code from} variable to {@code to}: forward (src to dst),
   * backward (dst to src) or undirected, within {@code minHops..maxHops} hops. When
   * {@code edgeVariable} is not null, each matching edge row binds it (one hop). When
   * {@code toIsNew}, {@code to} is introduced with {@code toType}; otherwise the step keeps rows
   * whose bound {@code to} is reachable (a cycle check).
   */
  record Expand(String from, EdgeType edge, boolean forward, boolean undirected, long minHops, long maxHops,
      String edgeVariable, String to, NodeType toType, boolean toIsNew) implements MatchStep {}

  /** Keep rows where {@code variable.property} equals (or, for lists, contains) {@code value}. */
  record PropertyMatch(String variable, String property, boolean membership, Expr value) implements MatchStep {}

  /** Keep rows where {@code left operator right} holds; {@code variables} are those it reads. */
  record Filter(Expr left, String operator, Expr right, List<String> variables) implements MatchStep {}

  /**
   * {@code not { steps }}: keep an outer row only when the inner steps, with every outer variable
   * fixed to that row, have no solution ({@code gq-language.md} §5.7).
   */
  record Negation(List<MatchStep> steps) implements MatchStep {
    public Negation {
      steps = List.copyOf(steps);
    }
  }
}
