package dev.omnigraph.engine.exec;

import java.util.Arrays;
import java.util.function.BiConsumer;

/**
 * Breadth-first expansion over an {@link AdjacencyIndex} with the reachability semantics of
 * {@code gq-language.md} §5.4: for each source, every node reachable in {@code min..max} hops is
 * reported once, at the hop where it is first reached; the source is reported only through a
 * direct self-loop, never through a longer cycle; parallel edges do not multiply results.
 * Cross-type edges (From ≠ To) cannot chain, so their effective maximum is one hop.
 *
 * <p>Not thread-safe: one expander serves one operator execution. Its visit marks are
 * generation-stamped arrays sized by the node count, so no per-source clearing is needed.
 */
final class GraphExpander {
  private final AdjacencyIndex index;
  private final boolean out;
  private final boolean in;
  private final boolean sameType;
  private final long min;
  private final long max;
  private final int[] visited;
  private final int[] seen;
  private int generation;
  private int[] frontier = new int[16];
  private int[] next = new int[16];

  /**
   * @param forward follow src to dst; ignored when {@code undirected}
   * @param undirected follow edges both ways (same-type edges only)
   */
  GraphExpander(AdjacencyIndex index, boolean forward, boolean undirected, boolean sameType, long min, long max) {
    this.index = index;
    this.out = undirected || forward;
    this.in = undirected || !forward;
    this.sameType = sameType;
    this.min = min;
    this.max = sameType ? max : Math.min(max, 1);
    this.visited = new int[index.nodeCount()];
    this.seen = new int[index.nodeCount()];
  }

  /** Calls {@code emit} with the id of every node reached from {@code sourceId}. */
  void reach(String sourceId, java.util.function.Consumer<String> emit) {
    int source = index.node(sourceId);
    if (source < 0 || max < min) {
      return;
    }
    generation++;
    if (sameType) {
      visited[source] = generation;
    }
    int frontierSize = 1;
    frontier[0] = source;
    for (long hop = 1; hop <= max && frontierSize > 0; hop++) {
      int nextSize = 0;
      for (int f = 0; f < frontierSize; f++) {
        int node = frontier[f];
        if (out) {
          nextSize = visit(node, index.outOffsets, index.outTargets, hop, nextSize, emit);
        }
        if (in) {
          nextSize = visit(node, index.inOffsets, index.inTargets, hop, nextSize, emit);
        }
      }
      int[] swap = frontier;
      frontier = next;
      next = swap;
      frontierSize = nextSize;
    }
  }

  private int visit(int node, int[] offsets, int[] targets, long hop, int nextSize, java.util.function.Consumer<String> emit) {
    for (int i = offsets[node]; i < offsets[node + 1]; i++) {
      int neighbour = targets[i];
      if (sameType && neighbour == node) {
        report(neighbour, hop, emit);
        continue;
      }
      if (!sameType || visited[neighbour] != generation) {
        visited[neighbour] = generation;
        if (nextSize == next.length) {
          next = Arrays.copyOf(next, nextSize * 2);
        }
        next[nextSize++] = neighbour;
        report(neighbour, hop, emit);
      }
    }
    return nextSize;
  }

  private void report(int node, long hop, java.util.function.Consumer<String> emit) {
    if (hop >= min && seen[node] != generation) {
      seen[node] = generation;
      emit.accept(index.nodeId(node));
    }
  }

  /**
   * Calls {@code emit(edgeId, neighbourId)} once per edge row touching {@code sourceId} in the
   * expansion's direction (one hop, for edge bindings: parallel edges stay separate rows; an
   * undirected self-loop row is emitted once).
   */
  void edges(String sourceId, BiConsumer<String, String> emit) {
    int source = index.node(sourceId);
    if (source < 0) {
      return;
    }
    if (out) {
      for (int i = index.outOffsets[source]; i < index.outOffsets[source + 1]; i++) {
        emit.accept(index.edgeId(index.outEdges[i]), index.nodeId(index.outTargets[i]));
      }
    }
    if (in) {
      for (int i = index.inOffsets[source]; i < index.inOffsets[source + 1]; i++) {
        if (out && index.inTargets[i] == source) {
          continue;
        }
        emit.accept(index.edgeId(index.inEdges[i]), index.nodeId(index.inTargets[i]));
      }
    }
  }
}
