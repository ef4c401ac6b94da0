package dev.omnigraph.conformance.concurrency;

import static org.assertj.core.api.Assertions.assertThat;

import dev.omnigraph.compiler.diag.ErrorCode;
import dev.omnigraph.compiler.diag.OmniGraphException;
import dev.omnigraph.engine.Graph;
import dev.omnigraph.engine.MutationResult;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Threads, each with its own handle, increment one row with strict updates
 * ({@code update Person set { age: cur + 1 } where age = cur}, {@code gq-language.md} §9.3): a
 * compare-and-set, so a lost update would show as a final value below the number of acknowledged
 * increments. Every failure must be {@code WRITE_CONFLICT} ({@code storage-recovery.md} §3.5: a
 * strict write whose read set moved), and the commit history must hold exactly the acknowledged
 * updates, in the order of the values they wrote.
 */
class ConcurrentStrictUpdatesIT {
  private static final int THREADS = 6;
  private static final int INCREMENTS_EACH = 4;
  private static final String INCREMENT = """
      query inc($cur: I32, $next: I32) { update Person set { age: $next } where age = $cur }
      """;

  @TempDir Path dir;

  @Test
  void strictUpdatesOfOneRowFailOnlyWithWriteConflictAndLoseNoAcknowledgedUpdate() throws Exception {
    Path root = dir.resolve("g");
    String seedHead;
    try (Graph graph = Graph.init(root, Racers.SCHEMA, "s.pg")) {
      graph.load(Racers.person("counter", 0), "seed.jsonl");
      seedHead = graph.headCommit();
    }
    Map<String, Integer> acknowledged = new ConcurrentHashMap<>();
    List<ErrorCode> failures = java.util.Collections.synchronizedList(new ArrayList<>());
    AtomicInteger staleReads = new AtomicInteger();
    CyclicBarrier start = new CyclicBarrier(THREADS);
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    List<Future<?>> writers = new ArrayList<>();
    for (int t = 0; t < THREADS; t++) {
      writers.add(pool.submit(() -> {
        try (Graph graph = Graph.open(root)) {
          start.await(60, TimeUnit.SECONDS);
          int mine = 0;
          while (mine < INCREMENTS_EACH) {
            graph.refresh();
            int cur = Racers.persons(graph).get("counter");
            try {
              MutationResult result = graph.mutate(INCREMENT, "inc.gq", null, Map.of("cur", cur, "next", cur + 1));
              if (result.affectedNodes() == 1) {
                assertThat(acknowledged.put(result.commitId(), cur + 1)).isNull();
                mine++;
              } else {
                assertThat(result.commitId()).as("an update matching nothing publishes nothing").isNull();
                staleReads.incrementAndGet();
              }
            } catch (OmniGraphException e) {
              failures.add(e.code());
            }
          }
        }
        return null;
      }));
    }
    for (Future<?> writer : writers) {
      writer.get(300, TimeUnit.SECONDS);
    }
    pool.shutdown();

    assertThat(failures).containsOnly(ErrorCode.WRITE_CONFLICT);
    assertThat(acknowledged).hasSize(THREADS * INCREMENTS_EACH);
    List<String> history = CommitChain.after(root, seedHead);
    assertThat(history).as("exactly the acknowledged updates were published").containsExactlyInAnyOrderElementsOf(acknowledged.keySet());
    assertThat(history.stream().map(acknowledged::get).toList()).as("values in commit order")
        .isEqualTo(java.util.stream.IntStream.rangeClosed(1, THREADS * INCREMENTS_EACH).boxed().toList());
    try (Graph graph = Graph.open(root)) {
      assertThat(Racers.persons(graph)).containsExactly(Map.entry("counter", THREADS * INCREMENTS_EACH));
      assertThat(graph.version()).isEqualTo(2 + (long) THREADS * INCREMENTS_EACH);
    }
    System.err.printf("strict updates: %d acknowledged, %d WRITE_CONFLICT, %d stale reads%n",
        acknowledged.size(), failures.size(), staleReads.get());
  }
}
