package dev.omnigraph.engine;

/**
 * How a load treats the rows already stored ({@code pg-schema.md} §7.3,
 * {@code storage-recovery.md} §3.11).
 */
public enum LoadMode {
  /**
   * Strict insert: every record adds a row; an id already stored is {@code KEY_CONFLICT}. Retried
   * automatically when another writer changed what the load read.
   */
  APPEND,
  /**
   * Upsert by id ({@code @key} text for keyed nodes): a record whose id is stored replaces that
   * row whole (absent properties become null); others are added. Retried like {@link #APPEND}.
   */
  MERGE,
  /**
   * Each table that appears in the input gets exactly the input's rows; tables not mentioned keep
   * theirs. Fails with {@code WRITE_CONFLICT} when another writer got there first.
   */
  OVERWRITE;

  /** The lower-case spelling used on the command line and in messages: {@code append}, {@code merge}, {@code overwrite}. */
  @Override
  public String toString() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
