package dev.omnigraph.engine.meta;

import java.util.List;

/**
 * An index of a table as SQL reports it: the primary key, the {@code id} of a keyed node type
 * (unique: it is the canonical text of the key), and the schema's {@code @unique} and
 * {@code @index} constraints ({@code pg-schema.md} §1.6).
 *
 * @param name {@code <Table>_pkey}, {@code <Table>_id_key}, {@code <Table>_<columns>_key} for a
 *     unique constraint, {@code <Table>_<columns>_idx} for an index
 * @param unique whether two rows may not share the indexed values (rows with a null member are
 *     exempt)
 * @param columns the indexed columns in key order
 */
public record TableIndex(String name, boolean unique, List<String> columns) {
  public TableIndex {
    columns = List.copyOf(columns);
  }
}
