package dev.omnigraph.compiler.plan.rel;

import dev.omnigraph.compiler.schema.EdgeType;
import java.util.List;
import org.apache.calcite.plan.RelOptCluster;
import org.apache.calcite.plan.RelTraitSet;
import org.apache.calcite.rel.RelNode;
import org.apache.calcite.rel.RelWriter;
import org.apache.calcite.rel.SingleRel;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rel.type.RelDataTypeFactory;
import org.apache.calcite.sql.type.SqlTypeName;

/**
 * A traversal over an edge type's adjacency index ({@code gq-language.md} §5.4), from the node id
 * in input field {@code fromField}: forward (src to dst), backward (dst to src) or undirected
 * (both), within {@code minHops..maxHops} hops with breadth-first semantics: each reachable node
 * once per input row, at the hop where it is first reached.
 *
 * <p>Output: the input fields, then, when {@code edgeBinding}, the edge row's id (one output row
 * per edge row, hops fixed at one), then the reached node id.
 */
public final class GraphExpand extends SingleRel {
  private final EdgeType edge;
  private final boolean forward;
  private final boolean undirected;
  private final long minHops;
  private final long maxHops;
  private final boolean edgeBinding;
  private final int fromField;
  private final String targetName;

  public GraphExpand(RelOptCluster cluster, RelNode input, EdgeType edge, boolean forward, boolean undirected, long minHops,
      long maxHops, boolean edgeBinding, int fromField, String targetName) {
    super(cluster, RelTraitSet.createEmpty(), input);
    this.edge = edge;
    this.forward = forward;
    this.undirected = undirected;
    this.minHops = minHops;
    this.maxHops = maxHops;
    this.edgeBinding = edgeBinding;
    this.fromField = fromField;
    this.targetName = targetName;
  }

  /** The edge type followed. */
  public EdgeType edge() {
    return edge;
  }

  /** True to follow src to dst; false for dst to src (ignored when undirected). */
  public boolean forward() {
    return forward;
  }

  /** True to follow edges in both directions. */
  public boolean undirected() {
    return undirected;
  }

  /** The smallest hop count reported (at least 1). */
  public long minHops() {
    return minHops;
  }

  /** The largest hop count followed. */
  public long maxHops() {
    return maxHops;
  }

  /** True when each edge row is an output row and its id an output field. */
  public boolean edgeBinding() {
    return edgeBinding;
  }

  /** The input field holding the node id to expand from. */
  public int fromField() {
    return fromField;
  }

  @Override
  public RelNode copy(RelTraitSet traitSet, List<RelNode> inputs) {
    return new GraphExpand(getCluster(), sole(inputs), edge, forward, undirected, minHops, maxHops, edgeBinding, fromField, targetName);
  }

  @Override
  protected RelDataType deriveRowType() {
    RelDataTypeFactory factory = getCluster().getTypeFactory();
    RelDataTypeFactory.Builder builder = factory.builder();
    builder.addAll(input.getRowType().getFieldList());
    if (edgeBinding) {
      builder.add(targetName + ".edge", factory.createSqlType(SqlTypeName.VARCHAR));
    }
    builder.add(targetName, factory.createSqlType(SqlTypeName.VARCHAR));
    return builder.uniquify().build();
  }

  @Override
  public RelWriter explainTerms(RelWriter pw) {
    return super.explainTerms(pw)
        .item("edge", edge.tableKey())
        .item("direction", undirected ? "both" : forward ? "src->dst" : "dst->src")
        .itemIf("hops", minHops + ".." + maxHops, minHops != 1 || maxHops != 1)
        .itemIf("edges", true, edgeBinding)
        .item("from", "$" + fromField);
  }
}
