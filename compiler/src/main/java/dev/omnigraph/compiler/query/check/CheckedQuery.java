package dev.omnigraph.compiler.query.check;

import dev.omnigraph.compiler.query.ast.Expr;
import dev.omnigraph.compiler.query.ast.Query;
import dev.omnigraph.compiler.schema.EdgeType;
import dev.omnigraph.compiler.schema.NodeType;
import dev.omnigraph.compiler.schema.PropType;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A read query that passed the static check: its match steps, the node type of every variable,
 * the type of every expression, and its result columns.
 *
 * @param variables node variables of the positive match in introduction order
 * @param edgeVariables edge variables of the positive match ({@code $a $e:knows $b})
 * @param steps match steps in planning order
 * @param types the type of each expression node (identity-keyed)
 * @param columnNames result column names ({@code gq-language.md} §10.3)
 * @param columnTypes result column types
 * @param columnTables the node type each result column reads a property of (null for computed columns)
 * @param aggregate true when any projection is an aggregate
 */
public record CheckedQuery(
    Query query,
    LinkedHashMap<String, NodeType> variables,
    LinkedHashMap<String, EdgeType> edgeVariables,
    List<MatchStep> steps,
    IdentityHashMap<Expr, PropType> types,
    List<String> columnNames,
    List<PropType> columnTypes,
    List<String> columnTables,
    boolean aggregate) {

  /** The type the checker gave {@code expr}. */
  public PropType typeOf(Expr expr) {
    PropType type = types.get(expr);
    if (type == null) {
      throw new IllegalStateException("expression was not checked: " + expr);
    }
    return type;
  }

  /** Parameters by name. */
  public Map<String, PropType> parameterTypes() {
    Map<String, PropType> out = new LinkedHashMap<>();
    query.params().forEach(p -> out.put(p.name(), p.type()));
    return out;
  }
}
