package dev.omnigraph.engine.meta;

/** What a table stores: the rows of one node type or of one edge type. */
public enum TableKind {
  /** A node type's table: {@code id}, then the properties sorted by name. */
  NODE,
  /** An edge type's table: {@code id}, {@code src}, {@code dst}, then the properties sorted by name. */
  EDGE
}
