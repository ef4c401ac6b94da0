package dev.omnigraph.compiler.sql;

import dev.omnigraph.compiler.plan.ValueSlot;
import dev.omnigraph.compiler.schema.GraphType;
import dev.omnigraph.compiler.schema.PropType;
import java.util.List;
import org.apache.calcite.rel.RelNode;

/**
 * An optimized plan of one SQL {@code INSERT}, {@code UPDATE} or {@code DELETE} on a node or
 * edge table: the table, and the plan of its source rows, which the engine runs like a query and
 * turns into the change of one write. Source rows by operation:
 *
 * <ul>
 *   <li>{@code INSERT}: the new rows, every stored column in stored order ({@code id} null when
 *       not given);
 *   <li>{@code UPDATE}: each matched row whole, then the new value of each of
 *       {@link #updatedColumns()}, in that order;
 *   <li>{@code DELETE}: each matched row whole.
 * </ul>
 *
 * Dynamic parameters are numbered as in {@link PlannedSql}: the {@code ?} markers, then the
 * literals. Immutable; safe to cache and execute from several threads.
 *
 * @param text the SQL text as given
 * @param operation what the statement does
 * @param table the node or edge type of the table it changes
 * @param source the plan of the source rows
 * @param slots what fills each dynamic parameter, by index
 * @param parameters the {@code ?} markers' types, in marker order
 * @param updatedColumns the columns an {@code UPDATE} sets, in {@code SET} order; empty otherwise
 */
public record PlannedSqlModify(String text, Operation operation, GraphType table, RelNode source,
    List<ValueSlot> slots, List<PropType> parameters, List<String> updatedColumns) {

  /** The kind of change. */
  public enum Operation { INSERT, UPDATE, DELETE }

  public PlannedSqlModify {
    slots = List.copyOf(slots);
    parameters = List.copyOf(parameters);
    updatedColumns = List.copyOf(updatedColumns);
  }
}
