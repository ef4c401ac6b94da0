/**
 * Statements over Flight SQL: telling {@code .gq}, calls and SQL apart and planning them
 * ({@link dev.omnigraph.flight.statement.Statements}), prepared statements and their parameter
 * batches, and streaming results as record batches in the wire types
 * ({@link dev.omnigraph.flight.statement.WireTypes}).
 */
package dev.omnigraph.flight.statement;
