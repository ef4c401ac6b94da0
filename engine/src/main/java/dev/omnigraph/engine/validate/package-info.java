/**
 * Write-time validation shared by mutations and loads ({@code pg-schema.md} §4): a pending
 * {@link dev.omnigraph.engine.validate.ChangeSet} of whole-row puts and deletes per table, the
 * committed rows it is checked against ({@link dev.omnigraph.engine.validate.BaseTables}), and the
 * checks themselves (values, uniqueness, endpoints, cardinality). Reads committed tables through
 * {@code engine.scan}; writes nothing. Must not import {@code org.lance}.
 */
package dev.omnigraph.engine.validate;
