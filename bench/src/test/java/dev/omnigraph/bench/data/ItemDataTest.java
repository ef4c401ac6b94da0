package dev.omnigraph.bench.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ItemDataTest {

  @Test
  void sameSeedSameRows() {
    ItemData a = ItemData.generate(1000, 42);
    ItemData b = ItemData.generate(1000, 42);
    for (int i = 0; i < 1000; i++) {
      assertThat(a.returned(i)).containsExactly(b.returned(i));
      assertThat(a.created(i)).isEqualTo(b.created(i));
    }
    assertThat(a.lookupOrder(50, 9)).containsExactly(b.lookupOrder(50, 9));
    assertThat(ItemData.generate(1000, 43).name(0)).isNotNull();
  }

  @Test
  void keysAreUniqueAndOrdered() {
    ItemData data = ItemData.generate(2000, 1);
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < data.rows(); i++) {
      assertThat(seen.add(data.slug(i))).isTrue();
    }
    assertThat(data.slug(0)).isEqualTo("item-000001");
    assertThat(data.slug(1999)).isEqualTo("item-002000");
    assertThat(seen).doesNotContain(data.missingSlug());
  }

  @Test
  void writesJsonlAndCsvWithTheSameValues(@TempDir Path dir) throws Exception {
    ItemData data = ItemData.generate(3, ItemData.DEFAULT_SEED);
    data.writeJsonl(dir.resolve("a.jsonl"));
    data.writeCsv(dir.resolve("a.csv"));
    List<String> jsonl = Files.readAllLines(dir.resolve("a.jsonl"));
    List<String> csv = Files.readAllLines(dir.resolve("a.csv"));
    assertThat(jsonl).hasSize(3);
    assertThat(csv).hasSize(4).first().isEqualTo(ItemData.CSV_HEADER);
    assertThat(jsonl.get(0)).isEqualTo(
        "{\"type\":\"Item\",\"data\":{\"slug\":\"item-000001\",\"name\":\"" + data.name(0)
            + "\",\"category\":\"" + data.category(0) + "\",\"price\":" + data.price(0)
            + ",\"stock\":" + data.stock(0) + ",\"created\":\"" + data.created(0) + "\"}}");
    assertThat(csv.get(1)).isEqualTo(String.join(",", data.slug(0), data.name(0), data.category(0),
        Double.toString(data.price(0)), Integer.toString(data.stock(0)), data.created(0).toString()));
    for (String line : csv) {
      assertThat(line.split(",", -1)).hasSize(6);
      assertThat(line).doesNotContain("\"").doesNotContain("E");
    }
  }

  @Test
  void checkRejectsAWrongRow() {
    ItemData data = ItemData.generate(10, 5);
    data.check("x", 3, data.returned(3));
    data.check("x", 3, new Object[] {data.slug(3), data.name(3), data.category(3), data.price(3), (long) data.stock(3)});
    Object[] wrong = data.returned(4);
    assertThatThrownBy(() -> data.check("x", 3, wrong))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("x: lookup of item-000004");
    Object[] stockAsDouble = data.returned(3);
    stockAsDouble[4] = (double) data.stock(3);
    assertThatThrownBy(() -> data.check("x", 3, stockAsDouble)).isInstanceOf(IllegalStateException.class);
  }
}
