package dev.omnigraph.compiler.sql;

import dev.omnigraph.compiler.diag.ErrorCode;
import dev.omnigraph.compiler.diag.OmniGraphException;
import dev.omnigraph.compiler.plan.ValueSlot;
import dev.omnigraph.compiler.plan.rel.RelTypes;
import dev.omnigraph.compiler.plan.rules.LanceRules;
import dev.omnigraph.compiler.schema.GraphType;
import dev.omnigraph.compiler.schema.PropType;
import dev.omnigraph.compiler.schema.TableColumns;
import java.util.ArrayList;
import java.util.List;
import org.apache.calcite.jdbc.JavaTypeFactoryImpl;
import org.apache.calcite.rel.RelNode;
import org.apache.calcite.rel.RelRoot;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rel.type.RelDataTypeField;
import org.apache.calcite.sql.SqlExplain;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlNode;

/**
 * Plans one SQL query over a {@link SqlCatalog}: parse (double-quoted identifiers, names kept as
 * written and matched ignoring case, Calcite's lenient conformance so {@code LIMIT n OFFSET m},
 * {@code LIMIT m, n} and {@code FETCH FIRST} all parse), validate, convert to relational algebra
 * with subqueries as {@code RexSubQuery}, then:
 *
 * <ol>
 *   <li>{@link SqlRules#SUBQUERIES}: subqueries to correlates, then Calcite's decorrelator turns
 *       them into joins and aggregates; unused fields are trimmed;
 *   <li>{@link SqlRules#REWRITES}: filters into and below joins, distinct aggregates to joins,
 *       projections below filters (so the pushdown below sees the columns the query reads);
 *   <li>{@link LanceRules#optimize}: projections, filters and limits into the Lance scans, as for
 *       {@code .gq} plans;
 *   <li>{@link SlotShuttle}: {@code IN}/range searches expanded, literals into value slots.
 * </ol>
 *
 * {@code EXPLAIN PLAN FOR <query>} plans the query and marks the result as an explanation; its
 * text ({@link PlannedSql#planText()}, taken before literals became slots, so values show)
 * is the answer. A statement reads one branch: tables qualified with another branch's schema
 * ({@code "feature-x"."Person"}) make {@link PlannedSql#branch()} that branch, and naming two
 * branches is refused. DML ({@link SqlModifyPlanner}), DDL and other statements are refused. Planning takes tens of milliseconds;
 * callers cache the result by text. Stateless and thread-safe: each call builds its own Calcite
 * objects.
 */
public final class SqlPlanner {
  /** Only for comparing type names of declared and computed columns. */
  private static final JavaTypeFactoryImpl TYPES = new JavaTypeFactoryImpl();

  private SqlPlanner() {}

  /**
   * Plans {@code sql}.
   *
   * @param sourceName how error locations name the text, e.g. {@code <statement>}
   * @throws OmniGraphException {@code SYNTAX_ERROR} at {@code sourceName:line:column} when the text
   *     does not parse; {@code NOT_FOUND} for an unknown table, column or function and
   *     {@code TYPE_ERROR} for other validation errors, both at their position;
   *     {@code UNSUPPORTED} for statements other than queries and {@code EXPLAIN PLAN FOR}
   */
  public static PlannedSql plan(String sql, String sourceName, SqlCatalog catalog) {
    SqlNode parsed = SqlSession.parse(sql, sourceName);
    boolean explain = parsed instanceof SqlExplain;
    SqlNode query = explain ? ((SqlExplain) parsed).getExplicandum() : parsed;
    if (!query.isA(SqlKind.QUERY)) {
      throw new OmniGraphException(ErrorCode.UNSUPPORTED, "SQL " + query.getKind().sql
          + " statements are not supported here; SQL text must be a query (SELECT, VALUES, WITH, EXPLAIN PLAN FOR)"
          + (query.isA(SqlKind.DML) ? " or INSERT, UPDATE, DELETE run as updates" : ""));
    }
    SqlSession session = new SqlSession(catalog);
    SqlNode validated = session.validate(query, sourceName);
    RelRoot root = session.converter.convertQuery(validated, false, true);
    RelNode plan = session.optimize(root.project());
    String planText = org.apache.calcite.plan.RelOptUtil.toString(plan);
    List<PropType> parameters = session.parameters(validated);
    SqlSession.Slotted slotted = session.slot(plan, parameters);
    String branch = catalog.branchRead(session.branchesRead());
    return columns(sql, slotted.plan(), slotted.slots(), parameters, root.validatedRowType,
        session.validator.getFieldOrigins(validated), catalog, explain, planText, branch);
  }

  private static PlannedSql columns(String sql, RelNode plan, List<ValueSlot> slots, List<PropType> parameters,
      RelDataType rowType, List<List<String>> origins, SqlCatalog catalog, boolean explain, String planText,
      String branch) {
    List<String> names = new ArrayList<>();
    List<PropType> columnTypes = new ArrayList<>();
    List<String> tables = new ArrayList<>();
    for (int i = 0; i < rowType.getFieldCount(); i++) {
      RelDataTypeField field = rowType.getFieldList().get(i);
      List<String> origin = i < origins.size() ? origins.get(i) : null;
      GraphType table = origin == null || origin.size() < 2 ? null : catalog.tables().get(origin.get(origin.size() - 2));
      PropType declared = table == null ? null : declaredType(table, origin.get(origin.size() - 1));
      PropType computed = SqlTypes.of(field.getType());
      boolean sameKind = declared != null
          && RelTypes.of(TYPES, declared).getSqlTypeName() == field.getType().getSqlTypeName();
      names.add(field.getName());
      columnTypes.add(sameKind ? declared.withNullable(computed.nullable()) : computed);
      tables.add(sameKind ? origin.get(origin.size() - 2) : null);
    }
    return new PlannedSql(sql, plan, slots, parameters, names, columnTypes, tables, explain, planText, branch);
  }

  private static PropType declaredType(GraphType table, String column) {
    int index = TableColumns.indexOf(table, column);
    return index < 0 ? null : TableColumns.types(table).get(index);
  }
}
