package dev.omnigraph.compiler.query.check;

import dev.omnigraph.compiler.query.ast.Expr;
import dev.omnigraph.compiler.query.ast.Mutation;
import dev.omnigraph.compiler.query.ast.Query;
import dev.omnigraph.compiler.schema.Catalog;
import dev.omnigraph.compiler.schema.EdgeType;
import dev.omnigraph.compiler.schema.GraphType;
import dev.omnigraph.compiler.schema.NodeType;
import dev.omnigraph.compiler.schema.PropType;
import java.util.List;
import java.util.TreeSet;

/**
 * A mutation query that passed {@link MutationChecker}: its statements in source order, each with
 * its resolved target type and every value typed ({@code gq-language.md} §9).
 *
 * @param query the checked query
 * @param statements the statements in source order
 */
public record CheckedMutation(Query query, List<Statement> statements) {

  public CheckedMutation {
    statements = List.copyOf(statements);
  }

  /** True when the mutation only deletes; false when it only inserts and updates (§9.5: never both). */
  public boolean destructive() {
    return !statements.isEmpty() && statements.get(0) instanceof Delete;
  }

  /**
   * The tables the mutation writes ({@code gq-language.md} §8 descriptor): every target, and for
   * a node delete every edge type incident to the node type (the cascade). Sorted
   * {@link GraphType#tableKey() table keys} ({@code node:Person}, {@code edge:Knows}).
   */
  public List<String> writes(Catalog catalog) {
    TreeSet<String> out = new TreeSet<>();
    for (Statement statement : statements) {
      out.add(statement.target().tableKey());
      if (statement instanceof Delete delete && delete.target() instanceof NodeType node) {
        for (EdgeType edge : catalog.edgeTypes()) {
          if (edge.fromType().equals(node.name()) || edge.toType().equals(node.name())) {
            out.add(edge.tableKey());
          }
        }
      }
    }
    return List.copyOf(out);
  }

  /**
   * The tables the mutation reads ({@code gq-language.md} §8 descriptor): everything it writes, and
   * both endpoint node types of an inserted edge. Sorted table keys.
   */
  public List<String> reads(Catalog catalog) {
    TreeSet<String> out = new TreeSet<>(writes(catalog));
    for (Statement statement : statements) {
      if (statement instanceof Insert insert && insert.target() instanceof EdgeType edge) {
        out.add("node:" + edge.fromType());
        out.add("node:" + edge.toType());
      }
    }
    return List.copyOf(out);
  }

  /** One checked statement. */
  public sealed interface Statement permits Insert, Update, Delete {

    /** The statement as parsed. */
    Mutation source();

    /** The resolved node or edge type the statement targets. */
    GraphType target();
  }

  /**
   * {@code insert Type { ... }} on a node or edge type. For an edge, {@code from} and {@code to}
   * appear among the assignments with property type {@code String}.
   */
  public record Insert(Mutation.Insert source, GraphType target, List<Assignment> assignments) implements Statement {
    public Insert {
      assignments = List.copyOf(assignments);
    }
  }

  /** {@code update Type set { ... } where ...}: node types only. */
  public record Update(Mutation.Update source, NodeType target, List<Assignment> assignments, Predicate where)
      implements Statement {
    public Update {
      assignments = List.copyOf(assignments);
    }
  }

  /** {@code delete Type where ...} on a node or edge type. */
  public record Delete(Mutation.Delete source, GraphType target, Predicate where) implements Statement {}

  /**
   * {@code prop: value}.
   *
   * @param propertyType the declared type of the property ({@code String} for an edge's {@code from}/{@code to})
   * @param value a literal, a declared parameter ({@link Expr.Variable}) or {@link Expr.Now}
   * @param valueType the literal's type, the parameter's declared type, or {@code DateTime} for {@code now()}
   */
  public record Assignment(String property, PropType propertyType, Expr value, PropType valueType) {}

  /**
   * {@code where prop op value}.
   *
   * @param propertyType as in {@link Assignment}
   * @param operator one of {@code = != < <= > >=}
   */
  public record Predicate(String property, PropType propertyType, String operator, Expr value, PropType valueType) {}
}
