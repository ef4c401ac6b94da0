package dev.omnigraph.engine.branch;

import dev.omnigraph.compiler.diag.ErrorCode;
import dev.omnigraph.compiler.diag.OmniGraphException;
import dev.omnigraph.engine.storage.GraphCommit;
import dev.omnigraph.engine.storage.GraphDirectory;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The commit DAG of a graph, read from its commit records ({@code storage-recovery.md} §1.4,
 * §5.2): one commit, a head's history, the commit current at a point in time, merge bases.
 */
public final class CommitHistory {
  private final GraphDirectory directory;

  /** The history of the graph at {@code directory}. */
  public CommitHistory(GraphDirectory directory) {
    this.directory = directory;
  }

  /**
   * The commit {@code id}.
   *
   * @throws OmniGraphException {@code NOT_FOUND} when no such commit was written
   */
  public GraphCommit commit(String id) {
    return directory.readCommit(id).orElseThrow(() -> new OmniGraphException(ErrorCode.NOT_FOUND, null, "unknown commit '" + id + "'"));
  }

  /** True when {@code id} names a written commit record. */
  public boolean exists(String id) {
    return id.matches("[0-9A-Z]{26}") && directory.readCommit(id).isPresent();
  }

  /** Every commit reachable from {@code head} over both parents, newest first (by time, then id). */
  public List<GraphCommit> log(String head) {
    List<GraphCommit> out = new ArrayList<>(ancestors(head).keySet().stream().map(this::commit).toList());
    out.sort(Comparator.comparingLong(GraphCommit::createdAtMicros).thenComparing(GraphCommit::id).reversed());
    return out;
  }

  /**
   * The commit a branch whose head is {@code head} was at, at instant {@code at}: the newest
   * commit on its first-parent line created at or before it.
   *
   * @throws OmniGraphException {@code NOT_FOUND} when {@code at} is before the branch's first commit
   */
  public GraphCommit at(String head, Instant at) {
    long micros = at.getEpochSecond() * 1_000_000L + at.getNano() / 1_000;
    String cursor = head;
    while (cursor != null) {
      GraphCommit commit = commit(cursor);
      if (commit.createdAtMicros() <= micros) {
        return commit;
      }
      cursor = commit.parents().isEmpty() ? null : commit.parents().get(0);
    }
    throw new OmniGraphException(ErrorCode.NOT_FOUND, null, "the graph has no commit at or before " + at);
  }

  /**
   * The best common ancestor of two heads: among the commits reachable from both, the one with
   * the smallest sum of distances, ties to the newest ({@code storage-recovery.md} §5.2).
   *
   * @throws OmniGraphException {@code NOT_FOUND} when they share no history
   */
  public String mergeBase(String a, String b) {
    Map<String, Integer> fromA = ancestors(a);
    Map<String, Integer> fromB = ancestors(b);
    String best = null;
    long bestDistance = Long.MAX_VALUE;
    long bestTime = Long.MIN_VALUE;
    for (Map.Entry<String, Integer> entry : fromA.entrySet()) {
      Integer other = fromB.get(entry.getKey());
      if (other == null) {
        continue;
      }
      long distance = (long) entry.getValue() + other;
      long time = commit(entry.getKey()).createdAtMicros();
      if (distance < bestDistance || (distance == bestDistance && time > bestTime)) {
        best = entry.getKey();
        bestDistance = distance;
        bestTime = time;
      }
    }
    if (best == null) {
      throw new OmniGraphException(ErrorCode.NOT_FOUND, null, "commits " + a + " and " + b + " share no history");
    }
    return best;
  }

  /** Commit id to its distance from {@code head} (breadth-first over both parents). */
  private Map<String, Integer> ancestors(String head) {
    Map<String, Integer> distance = new HashMap<>();
    Deque<String> queue = new ArrayDeque<>();
    distance.put(head, 0);
    queue.add(head);
    while (!queue.isEmpty()) {
      String id = queue.poll();
      for (String parent : commit(id).parents()) {
        if (!distance.containsKey(parent)) {
          distance.put(parent, distance.get(id) + 1);
          queue.add(parent);
        }
      }
    }
    return distance;
  }
}
