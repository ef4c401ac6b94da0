package dev.omnigraph.compiler.sql;

import org.apache.calcite.plan.RelOptTable;
import org.apache.calcite.schema.ColumnStrategy;
import org.apache.calcite.sql2rel.NullInitializerExpressionFactory;

/**
 * The column defaults of a graph table for {@code INSERT}: the {@code id} column (always the
 * first) has a default, null, which the engine replaces by the {@code @key} text or a fresh ULID,
 * as a {@code .gq} insert does; every other column is nullable or must be given. Stateless.
 */
final class GraphColumnDefaults extends NullInitializerExpressionFactory {
  static final GraphColumnDefaults INSTANCE = new GraphColumnDefaults();

  private GraphColumnDefaults() {}

  /** {@link ColumnStrategy#DEFAULT} for {@code id}, else as Calcite decides from nullability. */
  @Override
  public ColumnStrategy generationStrategy(RelOptTable table, int iColumn) {
    return iColumn == 0 ? ColumnStrategy.DEFAULT : super.generationStrategy(table, iColumn);
  }
}
