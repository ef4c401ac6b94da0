package dev.omnigraph.engine.write;

import dev.omnigraph.compiler.schema.GraphType;
import java.util.List;
import java.util.Set;

/**
 * What one write does to one node or edge table, as whole rows: the table's new content is its
 * content at the write's base version (nothing, when {@code overwrite}), minus the rows whose id
 * is in {@code deletes} or in {@code puts}, plus {@code puts}. So a put of an id that is stored
 * replaces that row, and a put of a new id inserts it.
 *
 * @param type the node or edge type
 * @param puts rows in stored column order ({@link dev.omnigraph.compiler.schema.TableColumns}), at
 *     most one per id
 * @param deletes ids of stored rows to remove; disjoint from the ids of {@code puts}
 * @param overwrite true when {@code puts} is the table's whole new content (load overwrite mode)
 * @param putsAreNew true when validation proved no id of {@code puts} is stored at the base, so
 *     the engine need not look for rows to replace (appends)
 */
public record TableChange(GraphType type, List<Object[]> puts, Set<String> deletes, boolean overwrite, boolean putsAreNew) {
  public TableChange {
    puts = List.copyOf(puts);
    deletes = Set.copyOf(deletes);
  }

  /** A change whose puts may replace stored rows. */
  public TableChange(GraphType type, List<Object[]> puts, Set<String> deletes, boolean overwrite) {
    this(type, puts, deletes, overwrite, false);
  }

  /** Rows appended to a table whose ids validation proved absent (an append load, a strict insert). */
  public static TableChange append(GraphType type, List<Object[]> rows) {
    return new TableChange(type, rows, Set.of(), false, true);
  }

  /** True when the change leaves the table's content as it was. */
  public boolean isEmpty() {
    return puts.isEmpty() && deletes.isEmpty() && !overwrite;
  }
}
