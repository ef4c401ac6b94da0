package dev.omnigraph.engine.recovery;

/**
 * How one pinned table of a sidecar stands ({@code storage-recovery.md} §4.4), with {@code P} the
 * manifest pin and {@code H} the table's Lance HEAD.
 */
enum TableClass {
  /** {@code H == P}: the write never committed here. */
  NO_MOVEMENT,
  /** The write's planned transaction is HEAD. */
  OWN_AT_HEAD,
  /** The write's transaction is just below HEAD and HEAD restores the pin: an earlier rollback restored but did not publish. */
  COMPENSATED_AT_HEAD,
  /** The write's transaction is below other commits: the state is not ours alone. */
  BURIED,
  /** HEAD moved without the write's transaction. */
  FOREIGN,
  /** {@code H < P}: the manifest names a version Lance does not have. */
  INVARIANT_VIOLATION
}
