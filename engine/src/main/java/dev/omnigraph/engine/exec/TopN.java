package dev.omnigraph.engine.exec;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;

/**
 * The first {@code n} rows of a sort, kept in a bounded heap while the input streams past, so
 * {@code ORDER BY ... LIMIT n} over a table of any size holds {@code n} rows, not the table. Ties
 * keep input order, so the answer equals a stable sort of the whole input cut to {@code n} rows.
 * Not thread-safe.
 */
final class TopN {
  /** The largest {@code n} kept in a heap; a larger sort gathers and sorts its whole input. */
  static final long MAX_ROWS = 100_000;

  private TopN() {}

  /**
   * The {@code n} first rows of {@code input} in {@code order}, sorted; closes the input.
   *
   * @param n at most {@link #MAX_ROWS}
   */
  static List<Object[]> of(RowCursor input, Comparator<Object[]> order, int n) {
    if (n == 0) {
      input.close();
      return new ArrayList<>();
    }
    record Seen(Object[] row, long seq) {}
    Comparator<Seen> stable = Comparator.<Seen, Object[]>comparing(Seen::row, order).thenComparingLong(Seen::seq);
    PriorityQueue<Seen> worst = new PriorityQueue<>(Math.min(n, 1024) + 1, stable.reversed());
    long seq = 0;
    try (input) {
      for (Object[] row = input.next(); row != null; row = input.next()) {
        Seen seen = new Seen(row, seq++);
        if (worst.size() < n) {
          worst.add(seen);
        } else if (stable.compare(seen, worst.peek()) < 0) {
          worst.poll();
          worst.add(seen);
        }
      }
    }
    List<Seen> kept = new ArrayList<>(worst);
    kept.sort(stable);
    List<Object[]> out = new ArrayList<>(kept.size());
    for (Seen seen : kept) {
      out.add(seen.row());
    }
    return out;
  }
}
