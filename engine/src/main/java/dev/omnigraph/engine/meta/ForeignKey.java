package dev.omnigraph.engine.meta;

/**
 * A single-column foreign key: an edge table's {@code src} or {@code dst} column, whose values are
 * ids of the endpoint node type's rows ({@code pg-schema.md} §3.3). Loads and writes refuse an
 * edge whose endpoint is missing, so the reference always resolves.
 *
 * @param name the constraint name, {@code <Edge>_src_fkey} or {@code <Edge>_dst_fkey}
 * @param table the edge table that holds the column
 * @param column {@code src} or {@code dst}
 * @param referencedTable the endpoint node table
 * @param referencedColumn always {@code id}
 */
public record ForeignKey(String name, String table, String column, String referencedTable, String referencedColumn) {}
