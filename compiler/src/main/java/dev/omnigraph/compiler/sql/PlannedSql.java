package dev.omnigraph.compiler.sql;

import dev.omnigraph.compiler.plan.ValueSlot;
import dev.omnigraph.compiler.schema.PropType;
import java.util.List;
import org.apache.calcite.rel.RelNode;

/**
 * An optimized plan of one SQL query. The plan's dynamic parameters are numbered: first the
 * statement's {@code ?} markers, in text order ({@link ValueSlot.Param} named {@code "1"},
 * {@code "2"}, ...), then the literals of the text ({@link ValueSlot.Constant}). Immutable;
 * safe to cache and execute from several threads.
 *
 * @param text the SQL text as given
 * @param plan the plan, with scans as {@code LanceTableScan}s holding what was pushed
 * @param slots what fills each dynamic parameter, by index
 * @param parameters the {@code ?} markers' types, in marker order
 * @param columnNames the result column labels, in order
 * @param columnTypes the result column types
 * @param columnTables the table each result column is read from unchanged, or null when computed
 * @param explain true for {@code EXPLAIN PLAN FOR <query>}: the result is the plan text, not rows
 * @param planText the optimized plan one operator a line, with literals shown as values, e.g.
 *     {@code LanceTableScan(table=[node:Person], columns=[[id, name]], filter=[>($2, 30)], limit=[10])}
 * @param branch the branch the statement's tables belong to when it names one other than the
 *     planning handle's ({@code "feature-x"."Person"}), else null
 */
public record PlannedSql(String text, RelNode plan, List<ValueSlot> slots, List<PropType> parameters,
    List<String> columnNames, List<PropType> columnTypes, List<String> columnTables, boolean explain,
    String planText, String branch) {

  public PlannedSql {
    slots = List.copyOf(slots);
    parameters = List.copyOf(parameters);
    columnNames = List.copyOf(columnNames);
    columnTypes = List.copyOf(columnTypes);
    columnTables = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(columnTables));
  }
}
