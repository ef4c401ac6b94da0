package dev.omnigraph.engine.exec;

import java.util.HashMap;
import java.util.Map;

/**
 * The adjacency of one edge table version in both directions, over dense node numbers: every node
 * id that appears as an endpoint gets a number {@code 0..nodeCount-1}; outgoing edges are a CSR
 * ({@code outOffsets}, {@code outTargets}) and incoming edges a CSC ({@code inOffsets},
 * {@code inTargets}), each entry also naming its edge row, so parallel edges stay distinct.
 * Within one node, edges keep storage order.
 *
 * <p>Built once per (edge table, version) by {@link AdjacencyCache}; immutable afterwards.
 * Memory: 3 ints per edge per direction plus the id map.
 */
final class AdjacencyIndex {
  private final String[] nodeIds;
  private final Map<String, Integer> dense;
  private final String[] edgeIds;
  final int[] outOffsets;
  final int[] outTargets;
  final int[] outEdges;
  final int[] inOffsets;
  final int[] inTargets;
  final int[] inEdges;

  private AdjacencyIndex(String[] nodeIds, Map<String, Integer> dense, String[] edgeIds, int[][] out, int[][] in) {
    this.nodeIds = nodeIds;
    this.dense = dense;
    this.edgeIds = edgeIds;
    this.outOffsets = out[0];
    this.outTargets = out[1];
    this.outEdges = out[2];
    this.inOffsets = in[0];
    this.inTargets = in[1];
    this.inEdges = in[2];
  }

  /**
   * Builds the index from the edge table's columns.
   *
   * @param edgeIds the {@code id} column, {@code src} and {@code dst} the endpoint columns, each of {@code edgeCount} rows
   */
  static AdjacencyIndex build(Object[] edgeIds, Object[] src, Object[] dst, int edgeCount) {
    Map<String, Integer> dense = new HashMap<>(Math.max(16, edgeCount));
    int[] from = new int[edgeCount];
    int[] to = new int[edgeCount];
    for (int e = 0; e < edgeCount; e++) {
      from[e] = number(dense, (String) src[e]);
      to[e] = number(dense, (String) dst[e]);
    }
    String[] nodeIds = new String[dense.size()];
    dense.forEach((id, n) -> nodeIds[n] = id);
    String[] ids = new String[edgeCount];
    for (int e = 0; e < edgeCount; e++) {
      ids[e] = (String) edgeIds[e];
    }
    return new AdjacencyIndex(nodeIds, dense, ids, compress(from, to, nodeIds.length), compress(to, from, nodeIds.length));
  }

  private static int number(Map<String, Integer> dense, String id) {
    Integer n = dense.get(id);
    if (n == null) {
      n = dense.size();
      dense.put(id, n);
    }
    return n;
  }

  /** A stable counting sort of edges by {@code key}: {offsets, targets, edge rows}. */
  private static int[][] compress(int[] key, int[] target, int nodeCount) {
    int[] offsets = new int[nodeCount + 1];
    for (int k : key) {
      offsets[k + 1]++;
    }
    for (int i = 0; i < nodeCount; i++) {
      offsets[i + 1] += offsets[i];
    }
    int[] cursor = offsets.clone();
    int[] targets = new int[key.length];
    int[] edges = new int[key.length];
    for (int e = 0; e < key.length; e++) {
      int slot = cursor[key[e]]++;
      targets[slot] = target[e];
      edges[slot] = e;
    }
    return new int[][] {offsets, targets, edges};
  }

  /** The dense number of a node id, or -1 when the node has no edge in this table. */
  int node(String id) {
    Integer n = dense.get(id);
    return n == null ? -1 : n;
  }

  /** The node id of a dense number. */
  String nodeId(int node) {
    return nodeIds[node];
  }

  /** The id of an edge row. */
  String edgeId(int edge) {
    return edgeIds[edge];
  }

  /** The number of distinct endpoint nodes. */
  int nodeCount() {
    return nodeIds.length;
  }
}
