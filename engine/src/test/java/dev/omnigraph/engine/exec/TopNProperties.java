package dev.omnigraph.engine.exec;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/** {@link TopN} answers exactly what a stable sort of the whole input, cut to n rows, does. */
class TopNProperties {

  @Property(tries = 300)
  void equalsAStableSortCutToN(@ForAll @Size(max = 60) List<@IntRange(min = 0, max = 5) Integer> keys,
      @ForAll @IntRange(min = 0, max = 70) int n, @ForAll boolean descending) {
    List<Object[]> rows = new ArrayList<>();
    for (int i = 0; i < keys.size(); i++) {
      rows.add(new Object[] {keys.get(i), i});
    }
    Comparator<Object[]> order = Comparator.comparing(row -> (Integer) row[0]);
    if (descending) {
      order = order.reversed();
    }
    List<Object[]> expected = new ArrayList<>(rows);
    expected.sort(order);
    expected = expected.subList(0, Math.min(n, expected.size()));

    List<Object[]> actual = TopN.of(RowCursors.of(rows), order, n);

    assertThat(actual).extracting(row -> row[1]).containsExactlyElementsOf(expected.stream().map(row -> row[1]).toList());
  }
}
