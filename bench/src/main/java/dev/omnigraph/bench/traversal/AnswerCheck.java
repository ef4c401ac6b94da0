package dev.omnigraph.bench.traversal;

import dev.omnigraph.bench.data.KnowsGraphData;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks a target against the answers computed from the generated graph. Every target is checked
 * against the same answers, so targets that pass agree with each other.
 */
public final class AnswerCheck {
  private AnswerCheck() {}

  /** How many random start persons are checked besides the first and the last. */
  public static final int SAMPLE = 50;

  /** A name no generated person has. */
  public static final String MISSING = "p-missing";

  /** The start persons {@link #verifyReach} checks: the first, the last and {@value #SAMPLE} random ones. */
  public static int[] sample(KnowsGraphData data) {
    int[] random = data.startOrder(SAMPLE, data.seed() ^ 0x5A5A5A5AL);
    int[] starts = new int[random.length + 2];
    starts[0] = 0;
    starts[1] = data.persons() - 1;
    System.arraycopy(random, 0, starts, 2, random.length);
    return starts;
  }

  /**
   * For each start person of {@link #sample}, the target's reach within {@code 1..hops} hops must
   * be exactly {@link KnowsGraphData#reach} (sorted, so duplicates show); a missing start person
   * must reach nobody.
   *
   * @throws IllegalStateException naming the target, the start person and what differed
   */
  public static void verifyReach(TraversalTarget target, KnowsGraphData data, int hops) throws Exception {
    for (int start : sample(data)) {
      List<String> expected = data.reach(start, hops);
      List<String> actual = sorted(target.reachNames(data.name(start), hops));
      if (!actual.equals(expected)) {
        throw new IllegalStateException(
            target.name() + ": reach within " + hops + " hops of " + data.name(start) + " returned "
                + actual.size() + " names, expected " + expected.size() + "; " + firstDifference(actual, expected));
      }
    }
    List<String> none = target.reachNames(MISSING, hops);
    if (!none.isEmpty()) {
      throw new IllegalStateException(
          target.name() + ": reach of the missing person " + MISSING + " returned " + none.size() + " names");
    }
  }

  /**
   * The target's two-hop paths must be {@link KnowsGraphData#twoHopPathCount} rows with the
   * checksum {@link KnowsGraphData#twoHopPathChecksum}: the same multiset of name pairs.
   *
   * @throws IllegalStateException naming the target and what differed
   */
  public static void verifyPaths(TraversalTarget target, KnowsGraphData data) throws Exception {
    verifyPaths(target, data.twoHopPathCount(), data.twoHopPathChecksum());
  }

  /** As {@link #verifyPaths(TraversalTarget, KnowsGraphData)} with the expected values computed once. */
  public static void verifyPaths(TraversalTarget target, long expectedCount, long expectedChecksum) throws Exception {
    long[] summary = target.twoHopPathSummary();
    if (summary[0] != expectedCount) {
      throw new IllegalStateException(
          target.name() + ": two-hop paths returned " + summary[0] + " rows, expected " + expectedCount);
    }
    if (summary[1] != expectedChecksum) {
      throw new IllegalStateException(
          target.name() + ": two-hop paths returned the right number of rows (" + summary[0]
              + ") but other name pairs (checksum " + summary[1] + ", expected " + expectedChecksum + ")");
    }
  }

  static List<String> sorted(List<String> names) {
    List<String> copy = new ArrayList<>(names);
    copy.sort(null);
    return copy;
  }

  private static String firstDifference(List<String> actual, List<String> expected) {
    for (int i = 0; i < Math.min(actual.size(), expected.size()); i++) {
      if (!actual.get(i).equals(expected.get(i))) {
        return "first difference at sorted position " + i + ": " + actual.get(i) + " vs expected " + expected.get(i);
      }
    }
    return actual.size() > expected.size()
        ? "extra name " + actual.get(expected.size())
        : "missing name " + expected.get(actual.size());
  }
}
