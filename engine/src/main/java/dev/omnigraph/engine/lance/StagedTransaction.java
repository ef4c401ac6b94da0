package dev.omnigraph.engine.lance;

import org.lance.operation.Operation;

/**
 * One uncommitted Lance transaction for one table: its data files (new fragments, deletion files)
 * are written but no version references them, so readers cannot see them and an abandoned
 * transaction leaves nothing visible ({@code storage-recovery.md} §3.3 step 5). The uuid is
 * minted before the commit so a recovery sidecar can name the transaction it expects to land
 * (§1.7 {@code planned_transaction}).
 */
public final class StagedTransaction {
  private final String uri;
  private final long readVersion;
  private final String uuid;
  private final Operation operation;
  private final long addedRows;
  private final long removedRows;

  StagedTransaction(String uri, long readVersion, String uuid, Operation operation, long addedRows, long removedRows) {
    this.uri = uri;
    this.readVersion = readVersion;
    this.uuid = uuid;
    this.operation = operation;
    this.addedRows = addedRows;
    this.removedRows = removedRows;
  }

  /** The dataset the transaction belongs to. */
  public String uri() {
    return uri;
  }

  /** The version the transaction was staged against; it commits as {@code readVersion + 1} or not at all. */
  public long readVersion() {
    return readVersion;
  }

  /** The pre-minted transaction uuid. */
  public String uuid() {
    return uuid;
  }

  /** Rows the transaction adds. */
  public long addedRows() {
    return addedRows;
  }

  /** Stored rows the transaction removes (deleted or replaced). */
  public long removedRows() {
    return removedRows;
  }

  Operation operation() {
    return operation;
  }
}
