package dev.omnigraph.flight.statement;

import dev.omnigraph.compiler.query.ParamDecl;
import dev.omnigraph.engine.PreparedQuery;
import dev.omnigraph.engine.ResultCursor;
import java.util.List;
import java.util.Map;
import org.apache.arrow.vector.types.pojo.Schema;

/**
 * A read: a {@code .gq} query, a stored read query, or SQL, prepared by the engine (plans are
 * cached there, so preparing the same text again is cheap).
 *
 * @param query the engine's prepared query
 * @param fixed parameter values the text gave as literals, by name
 * @param openParameters the parameters bound per execution, in binding order
 */
public record ReadStatement(PreparedQuery query, Map<String, Object> fixed, List<ParamDecl> openParameters)
    implements Statement {

  public ReadStatement {
    fixed = java.util.Collections.unmodifiableMap(new java.util.HashMap<>(fixed));
    openParameters = List.copyOf(openParameters);
  }

  /** The result columns' schema ({@link WireTypes#resultSchema}). */
  @Override
  public Schema datasetSchema() {
    return WireTypes.resultSchema(query.columns());
  }

  @Override
  public boolean isUpdate() {
    return false;
  }

  /**
   * Starts the query with {@code bound} values for the open parameters; its rows are computed as
   * the returned cursor is read, and the caller closes it.
   *
   * @throws dev.omnigraph.compiler.diag.OmniGraphException as {@link PreparedQuery#open}
   */
  public ResultCursor open(Map<String, Object> bound) {
    return query.open(Statement.merge(fixed, bound));
  }
}
