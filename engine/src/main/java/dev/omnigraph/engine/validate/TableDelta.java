package dev.omnigraph.engine.validate;

import dev.omnigraph.compiler.diag.SourceLocation;
import dev.omnigraph.compiler.schema.GraphType;
import dev.omnigraph.engine.write.TableChange;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The pending change to one table while a write is prepared: whole rows put by id (a later put
 * of an id replaces the earlier one), committed rows deleted, or the whole table replaced. Each
 * put and delete remembers where it came from (the statement or JSONL line), for errors. The
 * table's content after the write is its committed content (nothing, when {@link #overwrite()})
 * minus the deleted and put ids, plus the puts, as {@link TableChange} says. Not thread-safe.
 */
public final class TableDelta {
  private final GraphType type;
  private final Map<String, Object[]> puts = new LinkedHashMap<>();
  private final Map<String, SourceLocation> putOrigins = new LinkedHashMap<>();
  private final Map<String, Object[]> deletes = new LinkedHashMap<>();
  private final Map<String, SourceLocation> deleteOrigins = new LinkedHashMap<>();
  private SourceLocation overwriteOrigin;
  private boolean putsAreNew = true;

  TableDelta(GraphType type) {
    this.type = type;
  }

  /** The node or edge type of the table. */
  public GraphType type() {
    return type;
  }

  /** Puts a whole row (stored column order), replacing any pending or committed row of its id. */
  public void put(Object[] row, SourceLocation origin) {
    putsAreNew = false;
    putNew(row, origin);
  }

  /**
   * Puts a whole row whose id the caller knows is not stored at the base (a fresh ULID, or an
   * append's id checked absent), so the engine need not look for a row to replace.
   */
  public void putNew(Object[] row, SourceLocation origin) {
    String id = (String) row[0];
    puts.put(id, row);
    putOrigins.put(id, origin);
  }

  /** Deletes a committed row (stored column order), unless it is deleted already; true when it was not. */
  public boolean delete(Object[] committedRow, SourceLocation origin) {
    String id = (String) committedRow[0];
    if (deletes.containsKey(id)) {
      return false;
    }
    deletes.put(id, committedRow);
    deleteOrigins.put(id, origin);
    return true;
  }

  /** Makes the puts the table's whole content: every committed row goes ({@code pg-schema.md} §7.3 overwrite). */
  public void overwrite(SourceLocation origin) {
    overwriteOrigin = origin;
  }

  /** True when the committed rows are all replaced by the puts. */
  public boolean overwrite() {
    return overwriteOrigin != null;
  }

  /** Where the overwrite was asked for (the first input line of the table), or null. */
  public SourceLocation overwriteOrigin() {
    return overwriteOrigin;
  }

  /** Pending rows by id, in put order; read-only. */
  public Map<String, Object[]> puts() {
    return Collections.unmodifiableMap(puts);
  }

  /** Where the pending row of {@code id} came from. */
  public SourceLocation putOrigin(String id) {
    return putOrigins.get(id);
  }

  /** Deleted committed rows by id, in delete order; read-only. */
  public Map<String, Object[]> deletes() {
    return Collections.unmodifiableMap(deletes);
  }

  /** Where the delete of {@code id} came from. */
  public SourceLocation deleteOrigin(String id) {
    return deleteOrigins.get(id);
  }

  /** True when a committed row of {@code id} is gone or replaced after the write. */
  public boolean removesCommitted(String id) {
    return overwrite() || deletes.containsKey(id) || puts.containsKey(id);
  }

  /** The change handed to the write engine. */
  public TableChange toChange() {
    java.util.Set<String> deleted = new java.util.LinkedHashSet<>(deletes.keySet());
    deleted.removeAll(puts.keySet());
    boolean fresh = putsAreNew && deleted.isEmpty() && !overwrite();
    return new TableChange(type, java.util.List.copyOf(puts.values()), deleted, overwrite(), fresh);
  }
}
