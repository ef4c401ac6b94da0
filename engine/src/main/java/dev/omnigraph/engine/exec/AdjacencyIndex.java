package dev.omnigraph.engine.exec;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;

/**
 * Neighbours of each node id along one edge table version in one direction: node id to the
 * distinct ids it reaches, in edge storage order. Built once per (table, version, direction) and
 * cached by {@link AdjacencyCache}; immutable afterwards, so lookups need no locking.
 */
final class AdjacencyIndex {
  private static final String[] NONE = new String[0];
  private final Map<String, String[]> neighbours;

  private AdjacencyIndex(Map<String, String[]> neighbours) {
    this.neighbours = neighbours;
  }

  /** Builds the index from parallel arrays of edge endpoints ({@code from[i] -> to[i]}). */
  static AdjacencyIndex build(Object[] from, Object[] to, int edgeCount) {
    Map<String, LinkedHashSet<String>> sets = new HashMap<>();
    for (int i = 0; i < edgeCount; i++) {
      sets.computeIfAbsent((String) from[i], k -> new LinkedHashSet<>()).add((String) to[i]);
    }
    Map<String, String[]> out = new HashMap<>(Math.max(16, sets.size() * 2));
    sets.forEach((id, targets) -> out.put(id, targets.toArray(NONE)));
    return new AdjacencyIndex(out);
  }

  /** Distinct ids reached from {@code id}; empty when none. Do not modify the array. */
  String[] neighbours(String id) {
    String[] found = neighbours.get(id);
    return found == null ? NONE : found;
  }

  /** The number of source ids with at least one neighbour. */
  int size() {
    return neighbours.size();
  }

}
