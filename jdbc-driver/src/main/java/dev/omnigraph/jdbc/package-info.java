/**
 * The JDBC driver for {@code jdbc:omnigraph:<graph-dir>} URLs, embedded mode: a connection opens
 * the graph in-process with {@link dev.omnigraph.engine.Graph#open} and a statement's text is SQL
 * (planned by Calcite, {@link dev.omnigraph.engine.Graph#prepareSql}; {@code INSERT}/{@code UPDATE}/
 * {@code DELETE} by {@link dev.omnigraph.engine.Graph#prepareSqlUpdate}), a {@code .gq} query or mutation
 * ({@link dev.omnigraph.engine.StatementText} tells them apart) or a call of a stored query
 * ({@code CALL name(?, ...)}, <code>{call name(?, ...)}</code>, parsed by
 * {@link dev.omnigraph.jdbc.CallSyntax}), whose arguments bind the query's parameters by position
 * ({@link dev.omnigraph.jdbc.CallBinding}). {@link dev.omnigraph.jdbc.OmniGraphDatabaseMetaData}
 * describes the graph as tables; its rows are built in {@code dev.omnigraph.jdbc.meta}.
 * {@link dev.omnigraph.jdbc.StatementPlan} decides whether text reads or updates;
 * {@link dev.omnigraph.jdbc.OmniGraphConnection} holds the branch or snapshot handle and the open
 * transaction every statement runs on.
 *
 * <p>Owns the translation between the engine and JDBC: {@link dev.omnigraph.jdbc.JdbcTypes} maps
 * OmniGraph types to {@link java.sql.Types}, {@link dev.omnigraph.jdbc.JdbcValues} converts
 * values, {@link dev.omnigraph.jdbc.SqlErrors} turns error codes into {@link java.sql.SQLException}
 * subclasses by SQLSTATE. Every method this version does not support throws
 * {@link java.sql.SQLFeatureNotSupportedException} naming the method; those refusals live in the
 * {@code Unsupported*Methods} base classes so the classes a reader opens hold behaviour only.
 * Uses only the engine's public API.
 */
package dev.omnigraph.jdbc;
