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
 * One hop over an edge type's adjacency index ({@code gq-language.md} §5.4): for each input row,
 * the node ids reachable from the id in field {@code fromField} along {@code edge} (forward: src to
 * dst; backward: dst to src). Each reachable node appears once per input row, however many
 * parallel edges lead to it. Output: the input fields followed by one field, {@code targetName},
 * holding the reached node id.
 */
public final class GraphExpand extends SingleRel {
  private final EdgeType edge;
  private final boolean forward;
  private final int fromField;
  private final String targetName;

  public GraphExpand(RelOptCluster cluster, RelNode input, EdgeType edge, boolean forward, int fromField, String targetName) {
    super(cluster, RelTraitSet.createEmpty(), input);
    this.edge = edge;
    this.forward = forward;
    this.fromField = fromField;
    this.targetName = targetName;
  }

  /** The edge type followed. */
  public EdgeType edge() {
    return edge;
  }

  /** True to follow src to dst; false for dst to src. */
  public boolean forward() {
    return forward;
  }

  /** The input field holding the node id to expand from. */
  public int fromField() {
    return fromField;
  }

  @Override
  public RelNode copy(RelTraitSet traitSet, List<RelNode> inputs) {
    return new GraphExpand(getCluster(), sole(inputs), edge, forward, fromField, targetName);
  }

  @Override
  protected RelDataType deriveRowType() {
    RelDataTypeFactory factory = getCluster().getTypeFactory();
    RelDataTypeFactory.Builder builder = factory.builder();
    builder.addAll(input.getRowType().getFieldList());
    builder.add(targetName, factory.createSqlType(SqlTypeName.VARCHAR));
    return builder.uniquify().build();
  }

  @Override
  public RelWriter explainTerms(RelWriter pw) {
    return super.explainTerms(pw)
        .item("edge", edge.tableKey())
        .item("direction", forward ? "src->dst" : "dst->src")
        .item("from", "$" + fromField);
  }
}
