package dev.omnigraph.engine.validate;

import dev.omnigraph.compiler.schema.Catalog;
import dev.omnigraph.compiler.schema.EdgeType;
import dev.omnigraph.compiler.schema.NodeType;

/**
 * The end-of-write validation every mutation and load runs before anything is staged
 * ({@code pg-schema.md} §4.1 step 5, {@code gq-language.md} §9.5), against the committed tables
 * at the write's base plus the pending change. Order: the row checks of every pending row
 * ({@link ValueChecks}: nullability, enums, {@code @range}, {@code @check}); then per touched
 * table {@code @unique} ({@link UniquenessCheck}); then per edge table the endpoints of pending
 * edges, and per node table that no kept edge references a removed node ({@link EndpointCheck});
 * then {@code @card} ({@link CardinalityCheck}). Only the first violation is reported; which
 * table's error wins among several is in touch order.
 *
 * <p>Throws {@link dev.omnigraph.compiler.diag.OmniGraphException}: {@code DATA_ERROR} for a
 * missing non-nullable value, {@code CONSTRAINT_VIOLATION} for the rest, located at the statement
 * or JSONL line of the offending row ({@link Violations}). Reads through {@link BaseTables}, so
 * the tables it consults join the write's read set. Not thread-safe.
 */
public final class ChangeValidator {
  private ChangeValidator() {}

  /** Validates {@code changes}; returns normally when the write may proceed. */
  public static void validate(Catalog catalog, BaseTables base, ChangeSet changes) {
    for (TableDelta delta : changes.tables()) {
      delta.puts().forEach((id, row) -> ValueChecks.check(delta.type(), row, delta.putOrigin(id)));
    }
    UniquenessCheck uniqueness = new UniquenessCheck(base);
    changes.tables().forEach(uniqueness::check);
    NodeIdsAfter nodes = new NodeIdsAfter(base, changes);
    EndpointCheck endpoints = new EndpointCheck(catalog, base, changes, nodes);
    for (TableDelta delta : changes.tables()) {
      if (delta.type() instanceof EdgeType) {
        endpoints.checkPuts(delta);
      } else if (delta.type() instanceof NodeType) {
        endpoints.checkRemovals(delta);
      }
    }
    CardinalityCheck cardinality = new CardinalityCheck(catalog, base, nodes);
    for (TableDelta delta : changes.tables()) {
      if (delta.type() instanceof EdgeType) {
        cardinality.check(delta);
      }
    }
  }
}
