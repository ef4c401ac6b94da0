/**
 * The relational description of a graph that the SQL surfaces share: one table per node type and
 * per edge type, with typed columns, primary keys, foreign keys (an edge's {@code src} and
 * {@code dst} to its endpoint tables' {@code id}), indexes and remarks. The JDBC driver's
 * {@code DatabaseMetaData} and the Flight SQL server's {@code GetTables}/{@code GetPrimaryKeys}/
 * {@code GetImportedKeys} answer from it, and the SQL planner names its tables after it.
 *
 * <p>Built from a {@link dev.omnigraph.compiler.schema.Catalog} only; imports neither JDBC nor
 * Lance nor Arrow.
 */
package dev.omnigraph.engine.meta;
