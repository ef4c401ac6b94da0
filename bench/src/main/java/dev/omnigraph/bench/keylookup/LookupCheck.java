package dev.omnigraph.bench.keylookup;

import dev.omnigraph.bench.data.ItemData;
import java.util.List;

/**
 * Checks a target against the generated data: a sample of keys (the first, the last and random
 * ones) must each return exactly the generated row, and a missing key must return nothing. Every
 * target is checked against the same generated values, so targets that pass agree with each other.
 */
public final class LookupCheck {
  private LookupCheck() {}

  /** How many random keys are checked besides the first and the last. */
  public static final int SAMPLE = 200;

  /**
   * @throws IllegalStateException naming the target, the key and what differed
   */
  public static void verify(LookupTarget target, ItemData data) throws Exception {
    int[] sample = data.lookupOrder(SAMPLE, data.seed() ^ 0x5A5A5A5AL);
    verifyRow(target, data, 0);
    verifyRow(target, data, data.rows() - 1);
    for (int row : sample) {
      verifyRow(target, data, row);
    }
    List<Object[]> none = target.fetch(data.missingSlug());
    if (!none.isEmpty()) {
      throw new IllegalStateException(
          target.name() + ": lookup of the missing key " + data.missingSlug() + " returned "
              + none.size() + " rows");
    }
  }

  private static void verifyRow(LookupTarget target, ItemData data, int row) throws Exception {
    List<Object[]> rows = target.fetch(data.slug(row));
    if (rows.size() != 1) {
      throw new IllegalStateException(
          target.name() + ": lookup of " + data.slug(row) + " returned " + rows.size()
              + " rows, expected 1");
    }
    data.check(target.name(), row, rows.get(0));
  }
}
