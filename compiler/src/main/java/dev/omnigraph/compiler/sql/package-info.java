/**
 * SQL over the graph's tables: statement text → Calcite parse and validation against a schema
 * whose tables are the node and edge tables ({@link dev.omnigraph.compiler.sql.GraphTable}) →
 * {@code RelNode} (subqueries removed, decorrelated, unused fields trimmed) → the same Lance
 * pushdown pass as {@code .gq} plans ({@link dev.omnigraph.compiler.plan.rules.LanceRules}) →
 * literals moved into {@link dev.omnigraph.compiler.plan.ValueSlot}s, so one plan serves every
 * execution and pushed filters compare columns with dynamic parameters as {@code .gq} ones do.
 * {@code INSERT}, {@code UPDATE} and {@code DELETE} take the same steps for their source rows
 * ({@link dev.omnigraph.compiler.sql.SqlModifyPlanner}); every branch is a schema
 * ({@link dev.omnigraph.compiler.sql.SqlCatalog}).
 *
 * <p>Depends on Calcite and the schema, not on Lance or the engine; the engine executes the
 * {@link dev.omnigraph.compiler.sql.PlannedSql} this package produces.
 */
package dev.omnigraph.compiler.sql;
