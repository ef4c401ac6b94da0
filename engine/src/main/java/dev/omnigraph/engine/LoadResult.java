package dev.omnigraph.engine;

import java.util.Map;

/**
 * What a load added: rows per node type and per edge type (names as declared), in input order.
 */
public record LoadResult(Map<String, Long> nodesLoaded, Map<String, Long> edgesLoaded) {
  public LoadResult {
    nodesLoaded = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(nodesLoaded));
    edgesLoaded = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(edgesLoaded));
  }

  /** Total node rows loaded. */
  public long nodeCount() {
    return nodesLoaded.values().stream().mapToLong(Long::longValue).sum();
  }

  /** Total edge rows loaded. */
  public long edgeCount() {
    return edgesLoaded.values().stream().mapToLong(Long::longValue).sum();
  }
}
