package dev.omnigraph.compiler.plan;

import dev.omnigraph.compiler.query.check.CheckedQuery;
import dev.omnigraph.compiler.schema.PropType;
import java.util.List;
import org.apache.calcite.rel.RelNode;
import org.apache.calcite.plan.RelOptUtil;

/**
 * An optimized plan of a read query: the RelNode tree, what fills each dynamic parameter, and the
 * result columns. Immutable; safe to cache and execute from several threads.
 *
 * @param columnTypes types of the result columns, in {@code return} order
 */
public record PlannedQuery(CheckedQuery checked, RelNode plan, List<ValueSlot> slots, List<String> columnNames,
    List<PropType> columnTypes) {

  /** The plan, one operator a line, with what each scan was given. */
  public String explain() {
    return RelOptUtil.toString(plan);
  }
}
