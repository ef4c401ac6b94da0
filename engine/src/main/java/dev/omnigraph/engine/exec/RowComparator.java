package dev.omnigraph.engine.exec;

import java.util.Comparator;
import java.util.List;
import org.apache.calcite.rel.RelFieldCollation;

/**
 * Orders rows by a sort's field collations: each key ascending or descending, nulls placed where
 * the collation says ({@code gq-language.md} §5.11: first ascending, last descending).
 */
final class RowComparator implements Comparator<Object[]> {
  private final List<RelFieldCollation> keys;

  RowComparator(List<RelFieldCollation> keys) {
    this.keys = keys;
  }

  @Override
  public int compare(Object[] a, Object[] b) {
    for (RelFieldCollation key : keys) {
      Object x = a[key.getFieldIndex()];
      Object y = b[key.getFieldIndex()];
      int c;
      if (x == null || y == null) {
        if (x == y) {
          continue;
        }
        boolean nullFirst = key.nullDirection == RelFieldCollation.NullDirection.FIRST;
        c = (x == null) == nullFirst ? -1 : 1;
        if (c != 0) {
          return c;
        }
        continue;
      }
      c = Values.compare(x, y);
      if (c != 0) {
        return key.getDirection().isDescending() ? -c : c;
      }
    }
    return 0;
  }
}
