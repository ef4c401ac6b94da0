package dev.omnigraph.bench.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KnowsGraphDataTest {

  @Test
  void sameSeedSameGraph() {
    KnowsGraphData a = KnowsGraphData.generate(500, 8, 42);
    KnowsGraphData b = KnowsGraphData.generate(500, 8, 42);
    boolean differs = false;
    KnowsGraphData c = KnowsGraphData.generate(500, 8, 43);
    for (int i = 0; i < 500; i++) {
      for (int k = 0; k < 8; k++) {
        assertThat(a.target(i, k)).isEqualTo(b.target(i, k));
        differs |= a.target(i, k) != c.target(i, k);
      }
    }
    assertThat(differs).isTrue();
    assertThat(a.startOrder(50, 9)).containsExactly(b.startOrder(50, 9));
  }

  @Test
  void everyPersonHasDistinctOutEdgesAndNoSelfLoop() {
    KnowsGraphData data = KnowsGraphData.generate(1000);
    assertThat(data.edges()).isEqualTo(8000);
    for (int i = 0; i < data.persons(); i++) {
      Set<Integer> targets = new HashSet<>();
      for (int k = 0; k < data.degree(); k++) {
        int t = data.target(i, k);
        assertThat(t).isBetween(0, data.persons() - 1).isNotEqualTo(i);
        targets.add(t);
      }
      assertThat(targets).hasSize(data.degree());
    }
    assertThat(data.name(0)).isEqualTo("p00001");
    assertThat(KnowsGraphData.nameOf(29_999)).isEqualTo("p30000");
    assertThat(KnowsGraphData.nameOf(123_455)).isEqualTo("p123456");
  }

  @Test
  void reachIsTheSetOfPersonsWithinTheHopsWithoutTheStart() {
    KnowsGraphData data = KnowsGraphData.generate(300, 3, 7);
    for (int start : data.startOrder(40, 1)) {
      for (int hops = 1; hops <= 3; hops++) {
        // Every walk of length 1..hops, then the distinct ends without the start.
        Set<Integer> ends = new HashSet<>();
        List<Integer> frontier = List.of(start);
        for (int h = 1; h <= hops; h++) {
          List<Integer> next = new ArrayList<>();
          for (int node : frontier) {
            for (int k = 0; k < data.degree(); k++) {
              next.add(data.target(node, k));
            }
          }
          ends.addAll(next);
          frontier = next;
        }
        ends.remove(start);
        TreeSet<String> expected = new TreeSet<>();
        ends.forEach(n -> expected.add(data.name(n)));
        assertThat(data.reach(start, hops)).containsExactlyElementsOf(expected);
      }
    }
    assertThat(data.reach(0, 1)).hasSize(3);
  }

  @Test
  void twoHopPathsAreEdgesTimesOutDegree() {
    KnowsGraphData data = KnowsGraphData.generate(200, 4, 3);
    assertThat(data.twoHopPathCount()).isEqualTo(200L * 4 * 4);
    long checksum = 0;
    for (int a = 0; a < data.persons(); a++) {
      for (int k = 0; k < data.degree(); k++) {
        int b = data.target(a, k);
        for (int l = 0; l < data.degree(); l++) {
          checksum += KnowsGraphData.pathHash(data.name(a), data.name(data.target(b, l)));
        }
      }
    }
    assertThat(data.twoHopPathChecksum()).isEqualTo(checksum);
    assertThat(KnowsGraphData.pathHash("p00001", "p00002")).isNotEqualTo(KnowsGraphData.pathHash("p00002", "p00001"));
  }

  @Test
  void writesJsonlAndCsvWithTheSameEdges(@TempDir Path dir) throws Exception {
    KnowsGraphData data = KnowsGraphData.generate(5, 2, 11);
    data.writeJsonl(dir.resolve("g.jsonl"));
    data.writePersonCsv(dir.resolve("p.csv"));
    data.writeKnowsCsv(dir.resolve("k.csv"));
    List<String> jsonl = Files.readAllLines(dir.resolve("g.jsonl"));
    List<String> persons = Files.readAllLines(dir.resolve("p.csv"));
    List<String> knows = Files.readAllLines(dir.resolve("k.csv"));
    assertThat(jsonl).hasSize(5 + 10);
    assertThat(jsonl.get(0)).isEqualTo("{\"type\":\"Person\",\"data\":{\"name\":\"p00001\"}}");
    assertThat(jsonl.get(5)).isEqualTo(
        "{\"edge\":\"Knows\",\"from\":\"p00001\",\"to\":\"" + data.name(data.target(0, 0)) + "\"}");
    assertThat(persons).containsExactly("name", "p00001", "p00002", "p00003", "p00004", "p00005");
    assertThat(knows).hasSize(11).first().isEqualTo(KnowsGraphData.KNOWS_CSV_HEADER);
    for (int i = 0; i < 5; i++) {
      for (int k = 0; k < 2; k++) {
        String src = data.name(i);
        String dst = data.name(data.target(i, k));
        assertThat(knows.get(1 + i * 2 + k)).isEqualTo(src + "," + dst);
        assertThat(jsonl.get(5 + i * 2 + k)).contains("\"from\":\"" + src + "\",\"to\":\"" + dst + "\"");
      }
    }
  }

  @Test
  void rejectsImpossibleShapes() {
    assertThatThrownBy(() -> KnowsGraphData.generate(8, 8, 1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> KnowsGraphData.generate(10, 0, 1)).isInstanceOf(IllegalArgumentException.class);
  }
}
