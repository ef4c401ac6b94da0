package dev.omnigraph.flight.statement;

import dev.omnigraph.compiler.query.ParamDecl;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.arrow.vector.types.pojo.Schema;

/**
 * A statement planned once and run any number of times: a read (rows) or a mutation (a count of
 * rows changed). Parameters not fixed by the text are bound per execution, by the open parameters'
 * names or, when a batch's column names do not name them, by position ({@link ParameterRows}).
 * Immutable and thread-safe.
 */
public sealed interface Statement permits ReadStatement, MutationStatement {

  /** The parameters an execution binds, in binding order; empty when the text fixes them all. */
  List<ParamDecl> openParameters();

  /** The Arrow schema of the rows an execution returns; empty for a mutation. */
  Schema datasetSchema();

  /** True for a mutation, which returns an update count rather than rows. */
  boolean isUpdate();

  /** The values an execution passes: the fixed ones, then {@code bound} by parameter name. */
  static Map<String, Object> merge(Map<String, Object> fixed, Map<String, Object> bound) {
    Map<String, Object> all = new HashMap<>(fixed);
    all.putAll(bound);
    return all;
  }
}
