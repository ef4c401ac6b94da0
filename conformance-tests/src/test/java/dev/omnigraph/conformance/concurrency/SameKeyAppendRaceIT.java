package dev.omnigraph.conformance.concurrency;

import static org.assertj.core.api.Assertions.assertThat;

import dev.omnigraph.engine.Graph;
import dev.omnigraph.engine.LoadMode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Sixteen handles of one graph ({@link Graph#open} each, one thread each) append the same key at
 * once: exactly one load wins and every other fails with {@code KEY_CONFLICT}
 * ({@code storage-recovery.md} §3.11: an append is a strict insert), while the disjoint keys each
 * thread appends in the same run all land. Handles in one process share the write gates, so the
 * losers are prepared again after the winner's publish and meet its row.
 */
class SameKeyAppendRaceIT {
  private static final int HANDLES = 16;

  @TempDir Path dir;

  @Test
  void exactlyOneAppendOfASharedKeyWinsAndDisjointKeysAllLand() throws Exception {
    Path root = dir.resolve("g");
    try (Graph graph = Graph.init(root, Racers.SCHEMA, "s.pg")) {
      graph.load(Racers.person("seed", -1), "seed.jsonl");
    }
    CyclicBarrier start = new CyclicBarrier(HANDLES);
    ExecutorService pool = Executors.newFixedThreadPool(HANDLES);
    List<Future<String>> outcomes = new ArrayList<>();
    for (int i = 0; i < HANDLES; i++) {
      int writer = i;
      outcomes.add(pool.submit(() -> {
        try (Graph graph = Graph.open(root)) {
          start.await(60, TimeUnit.SECONDS);
          // Half the writers append their own key first, so disjoint appends overlap the race.
          if (writer % 2 == 0) {
            graph.load(Racers.person("own-" + writer, writer), "own.jsonl", LoadMode.APPEND);
          }
          String shared = Racers.outcome(() -> graph.load(Racers.person("shared", writer), "shared.jsonl", LoadMode.APPEND));
          if (writer % 2 == 1) {
            graph.load(Racers.person("own-" + writer, writer), "own.jsonl", LoadMode.APPEND);
          }
          return shared;
        }
      }));
    }
    List<String> results = new ArrayList<>();
    for (Future<String> outcome : outcomes) {
      results.add(outcome.get(300, TimeUnit.SECONDS));
    }
    pool.shutdown();

    assertThat(results).filteredOn("ok"::equals).hasSize(1);
    assertThat(results).filteredOn(r -> !r.equals("ok")).hasSize(HANDLES - 1).containsOnly("KEY_CONFLICT");
    int winner = results.indexOf("ok");
    try (Graph graph = Graph.open(root)) {
      Map<String, Integer> persons = Racers.persons(graph);
      assertThat(persons).hasSize(HANDLES + 2).containsEntry("shared", winner).containsEntry("seed", -1);
      for (int i = 0; i < HANDLES; i++) {
        assertThat(persons).containsEntry("own-" + i, i);
      }
    }
    assertThat(root.resolve("__recovery")).isEmptyDirectory();
  }
}
