package dev.omnigraph.compiler.diag;

/**
 * Stable error codes. A code's name and number never change once shipped; each carries the
 * SQLSTATE that the JDBC and Flight SQL surfaces translate it to.
 */
public enum ErrorCode {
  /** A {@code .pg} or {@code .gq} text does not match the grammar. Example: {@code s.pg:3:7: expected '}'}. */
  SYNTAX_ERROR(1, "42601"),
  /** A schema is well-formed but invalid (unknown endpoint type, two {@code @key}s, ...). */
  SCHEMA_ERROR(2, "42P16"),
  /** A query fails the static check (unknown type, property or edge; bad operand types). */
  TYPE_ERROR(3, "42804"),
  /** A query or parameter is missing, unknown, or of the wrong type at invocation. */
  INVALID_PARAMETER(4, "22023"),
  /** A JSONL record is malformed or violates the schema (wrong type, duplicate key, dangling edge). */
  DATA_ERROR(5, "22000"),
  /** A graph directory, query name or table does not exist. */
  NOT_FOUND(6, "42704"),
  /** The graph directory already holds a graph. */
  ALREADY_EXISTS(7, "42710"),
  /** A feature that parses but is not executed by this version (named in the message). */
  UNSUPPORTED(8, "0A000"),
  /** The storage layer (Lance, the file system) failed. */
  STORAGE_ERROR(9, "58030"),
  /** A bug: an invariant of the engine did not hold. */
  INTERNAL_ERROR(10, "XX000"),
  /**
   * A write violates a constraint of the schema ({@code @key}/{@code @unique} uniqueness,
   * {@code @range}, {@code @check}, enum membership, {@code @card}, a missing endpoint); nothing
   * was written ({@code pg-schema.md} §3).
   */
  CONSTRAINT_VIOLATION(11, "23000"),
  /**
   * A strict insert or an append load met an id that is already stored
   * ({@code storage-recovery.md} §3.12 {@code KeyConflict}); nothing was written.
   */
  KEY_CONFLICT(12, "23505"),
  /**
   * Another writer changed what this write read or wrote before it could publish
   * ({@code storage-recovery.md} §3.12 {@code ReadSetChanged}); nothing was written and the write
   * may be retried as is.
   */
  WRITE_CONFLICT(13, "40001"),
  /**
   * An interrupted write left a recovery sidecar that must be resolved first, or this write
   * failed after its first durable effect; reopening the graph read-write recovers it
   * ({@code storage-recovery.md} §3.12 {@code RecoveryRequired}, §4).
   */
  RECOVERY_REQUIRED(14, "57P01"),
  /**
   * A query was cancelled while it ran (a JDBC {@code Statement.cancel}, a query timeout, a Flight
   * SQL {@code CancelFlightInfo}); its rows were discarded and nothing was written.
   */
  CANCELLED(15, "57014");

  private final int number;
  private final String sqlState;

  ErrorCode(int number, String sqlState) {
    this.number = number;
    this.sqlState = sqlState;
  }

  /** The stable numeric code, rendered as {@code OG-0001}. */
  public int number() {
    return number;
  }

  /** The five-character SQLSTATE the JDBC driver reports for this code. */
  public String sqlState() {
    return sqlState;
  }
}
