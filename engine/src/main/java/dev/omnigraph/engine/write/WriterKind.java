package dev.omnigraph.engine.write;

/** Which operation a graph commit and its recovery sidecar belong to ({@code storage-recovery.md} §1.7 {@code writer_kind}). */
public enum WriterKind {
  /** A {@code .gq} mutation (insert, update, delete). */
  MUTATION,
  /** A JSONL load in append, merge or overwrite mode. */
  LOAD,
  /** A three-way merge of one graph branch into another. */
  BRANCH_MERGE
}
