package dev.omnigraph.compiler.sql;

import dev.omnigraph.compiler.plan.rel.LanceTableScan;
import dev.omnigraph.compiler.plan.rel.RelTypes;
import dev.omnigraph.compiler.schema.GraphType;
import dev.omnigraph.compiler.schema.PropType;
import dev.omnigraph.compiler.schema.TableColumns;
import java.util.List;
import java.util.Set;
import org.apache.calcite.plan.RelOptTable;
import org.apache.calcite.rel.RelNode;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rel.type.RelDataTypeFactory;
import org.apache.calcite.schema.TranslatableTable;
import org.apache.calcite.schema.impl.AbstractTable;
import org.apache.calcite.sql2rel.InitializerExpressionFactory;

/**
 * One node or edge table of one branch as Calcite sees it: the stored columns in stored order
 * ({@link TableColumns}) typed by {@link RelTypes}, translated to a {@link LanceTableScan} of
 * every column, which the pushdown rules then narrow. Translating it records its branch in the
 * statement's set of branches read (the scan itself does not name a branch: the engine runs the
 * plan on that branch's tables). For {@code INSERT}, the {@code id} column has a default
 * ({@link GraphColumnDefaults}), so a row may leave it out. Not thread-safe: one per statement.
 */
public final class GraphTable extends AbstractTable implements TranslatableTable {
  private final GraphType type;
  private final String branch;
  private final Set<String> branchesRead;

  /**
   * @param type the node or edge type the table stores
   * @param branch the branch (schema) the table belongs to
   * @param branchesRead the statement's branches read, which translating adds {@code branch} to
   */
  public GraphTable(GraphType type, String branch, Set<String> branchesRead) {
    this.type = type;
    this.branch = branch;
    this.branchesRead = branchesRead;
  }

  /** The node or edge type the table stores. */
  public GraphType type() {
    return type;
  }

  /** {@link GraphColumnDefaults} for {@code InitializerExpressionFactory}, else as {@link AbstractTable}. */
  @Override
  public <C> C unwrap(Class<C> aClass) {
    if (aClass == InitializerExpressionFactory.class) {
      return aClass.cast(GraphColumnDefaults.INSTANCE);
    }
    return super.unwrap(aClass);
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
    branchesRead.add(branch);
    return new LanceTableScan(context.getCluster(), type, TableColumns.names(type), TableColumns.types(type), null, null);
  }
}
