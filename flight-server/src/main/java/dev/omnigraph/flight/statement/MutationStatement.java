package dev.omnigraph.flight.statement;

import dev.omnigraph.compiler.query.ParamDecl;
import dev.omnigraph.engine.Graph;
import dev.omnigraph.engine.MutationResult;
import java.util.List;
import java.util.Map;
import org.apache.arrow.vector.types.pojo.Schema;

/**
 * A {@code .gq} mutation ({@code gq-language.md} §9): given as text ({@link Graph#mutate}) or
 * called by its stored name ({@link Graph#mutateStored}). Each execution is one graph commit.
 *
 * @param mutation how an execution runs, given the graph and the parameter values by name
 * @param fixed parameter values the text gave as literals, by name
 * @param openParameters the parameters bound per execution, in binding order
 */
public record MutationStatement(Mutation mutation, Map<String, Object> fixed, List<ParamDecl> openParameters)
    implements Statement {

  private static final Schema EMPTY = new Schema(List.of());

  /** One way of running the mutation. */
  @FunctionalInterface
  public interface Mutation {
    /** Runs it as one graph commit; throws as {@link Graph#mutate}. */
    MutationResult run(Graph graph, Map<String, Object> params);
  }

  public MutationStatement {
    fixed = java.util.Collections.unmodifiableMap(new java.util.HashMap<>(fixed));
    openParameters = List.copyOf(openParameters);
  }

  /** Empty: a mutation returns no rows. The Flight SQL JDBC driver takes an empty schema as an update. */
  @Override
  public Schema datasetSchema() {
    return EMPTY;
  }

  @Override
  public boolean isUpdate() {
    return true;
  }

  /**
   * Runs the mutation as one graph commit.
   *
   * @return node and edge rows changed ({@link MutationResult})
   * @throws dev.omnigraph.compiler.diag.OmniGraphException as {@link Graph#mutate}
   */
  public long run(Graph graph, Map<String, Object> bound) {
    MutationResult result = mutation.run(graph, Statement.merge(fixed, bound));
    return result.affectedNodes() + result.affectedEdges();
  }
}
