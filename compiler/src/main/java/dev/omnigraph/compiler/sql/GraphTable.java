package dev.omnigraph.compiler.sql;

import dev.omnigraph.compiler.plan.rel.LanceTableScan;
import dev.omnigraph.compiler.plan.rel.RelTypes;
import dev.omnigraph.compiler.schema.GraphType;
import dev.omnigraph.compiler.schema.PropType;
import dev.omnigraph.compiler.schema.TableColumns;
import java.util.List;
import org.apache.calcite.plan.RelOptTable;
import org.apache.calcite.rel.RelNode;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rel.type.RelDataTypeFactory;
import org.apache.calcite.schema.TranslatableTable;
import org.apache.calcite.schema.impl.AbstractTable;

/**
 * One node or edge table as Calcite sees it: the stored columns in stored order
 * ({@link TableColumns}) typed by {@link RelTypes}, translated to a {@link LanceTableScan} of
 * every column, which the pushdown rules then narrow. Immutable.
 */
public final class GraphTable extends AbstractTable implements TranslatableTable {
  private final GraphType type;

  /** @param type the node or edge type the table stores */
  public GraphTable(GraphType type) {
    this.type = type;
  }

  @Override
  public RelDataType getRowType(RelDataTypeFactory factory) {
    RelDataTypeFactory.Builder builder = factory.builder();
    List<String> names = TableColumns.names(type);
    List<PropType> types = TableColumns.types(type);
    for (int i = 0; i < names.size(); i++) {
      builder.add(names.get(i), RelTypes.of(factory, types.get(i)));
    }
    return builder.build();
  }

  /** A scan of every stored column, with no filter and no limit. */
  @Override
  public RelNode toRel(RelOptTable.ToRelContext context, RelOptTable table) {
    return new LanceTableScan(context.getCluster(), type, TableColumns.names(type), TableColumns.types(type), null, null);
  }
}
