package dev.omnigraph.compiler.plan.rel;

import dev.omnigraph.compiler.schema.GraphType;
import dev.omnigraph.compiler.schema.PropType;
import java.util.List;
import org.apache.calcite.plan.RelOptCluster;
import org.apache.calcite.plan.RelTraitSet;
import org.apache.calcite.rel.AbstractRelNode;
import org.apache.calcite.rel.RelWriter;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rel.type.RelDataTypeFactory;
import org.apache.calcite.rex.RexNode;

/**
 * A scan of one node or edge table with what the planner pushed into it: the stored
 * {@code columns} to read (their order is this node's row type), a {@code filter} over those
 * columns (or null) whose {@link org.apache.calcite.rex.RexDynamicParam}s are bound at execution,
 * and a row {@code limit} (or null). The engine executes it as a Lance scan
 * ({@code LanceScanner} columns/filter/limit) or against a resident copy of the table.
 *
 * @see dev.omnigraph.compiler.plan.rules.LanceRules
 */
public final class LanceTableScan extends AbstractRelNode {
  private final GraphType table;
  private final List<String> columns;
  private final List<PropType> columnTypes;
  private final RexNode filter;
  private final Long limit;

  public LanceTableScan(RelOptCluster cluster, GraphType table, List<String> columns, List<PropType> columnTypes,
      RexNode filter, Long limit) {
    super(cluster, RelTraitSet.createEmpty());
    this.table = table;
    this.columns = List.copyOf(columns);
    this.columnTypes = List.copyOf(columnTypes);
    this.filter = filter;
    this.limit = limit;
  }

  /** The scanned table. */
  public GraphType table() {
    return table;
  }

  /** Stored column names read, in row-type order. */
  public List<String> columns() {
    return columns;
  }

  /** The value types of {@link #columns()}. */
  public List<PropType> columnTypes() {
    return columnTypes;
  }

  /** The pushed filter over this scan's columns, or null. */
  public RexNode filter() {
    return filter;
  }

  /** The pushed row limit, or null. */
  public Long limit() {
    return limit;
  }

  /** A copy reading only {@code newColumns} (with their types), keeping filter and limit. */
  public LanceTableScan withColumns(List<String> newColumns, List<PropType> newTypes) {
    return new LanceTableScan(getCluster(), table, newColumns, newTypes, filter, limit);
  }

  /** A copy with {@code newFilter} (over the same columns). */
  public LanceTableScan withFilter(RexNode newFilter) {
    return new LanceTableScan(getCluster(), table, columns, columnTypes, newFilter, limit);
  }

  /** A copy with {@code newLimit}. */
  public LanceTableScan withLimit(Long newLimit) {
    return new LanceTableScan(getCluster(), table, columns, columnTypes, filter, newLimit);
  }

  @Override
  protected RelDataType deriveRowType() {
    RelDataTypeFactory.Builder builder = getCluster().getTypeFactory().builder();
    for (int i = 0; i < columns.size(); i++) {
      builder.add(columns.get(i), RelTypes.of(getCluster().getTypeFactory(), columnTypes.get(i)));
    }
    return builder.build();
  }

  @Override
  public RelWriter explainTerms(RelWriter pw) {
    return super.explainTerms(pw)
        .item("table", table.tableKey())
        .item("columns", columns)
        .itemIf("filter", filter, filter != null)
        .itemIf("limit", limit, limit != null);
  }
}
