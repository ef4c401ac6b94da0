package dev.omnigraph.engine;

import static dev.omnigraph.engine.WriteFixture.ages;
import static dev.omnigraph.engine.WriteFixture.companies;
import static dev.omnigraph.engine.WriteFixture.companyRow;
import static dev.omnigraph.engine.WriteFixture.person;
import static dev.omnigraph.engine.WriteFixture.personRow;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.omnigraph.compiler.diag.ErrorCode;
import dev.omnigraph.compiler.diag.OmniGraphException;
import dev.omnigraph.engine.storage.GraphCommit;
import dev.omnigraph.engine.storage.GraphDirectory;
import dev.omnigraph.engine.write.TableChange;
import dev.omnigraph.engine.write.WriteOutcome;
import dev.omnigraph.engine.write.WritePlan;
import dev.omnigraph.engine.write.WriterKind;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The staged-write engine without faults: whole-row changes, commit history, conflicts, concurrent writers. */
class WriteEngineIT {
  @TempDir
  Path dir;
  Path root;
  Graph graph;

  @BeforeEach
  void create() {
    root = dir.resolve("g");
    graph = WriteFixture.create(root);
  }

  @AfterEach
  void close() {
    graph.close();
  }

  @Test
  void replacesAndDeletesRowsInOneGraphCommit() {
    String before = graph.headCommit();
    long version = graph.version();
    WriteOutcome outcome = graph.write(WriterKind.MUTATION, "alice", "update bob, drop ada", false, base -> new WritePlan(
        List.of(new TableChange(person(graph), List.<Object[]>of(personRow("bob", 42), personRow("cy", 7)), Set.of("ada"), false)), Set.of()));

    assertThat(ages(graph)).containsExactlyEntriesOf(new java.util.TreeMap<>(Map.of("bob", 42, "cy", 7)));
    assertThat(graph.version()).isEqualTo(version + 1);
    assertThat(graph.headCommit()).isEqualTo(outcome.commitId()).isNotEqualTo(before);
    GraphCommit commit = new GraphDirectory(root).readCommit(outcome.commitId()).orElseThrow();
    assertThat(commit.parents()).containsExactly(before);
    assertThat(commit.actor()).isEqualTo("alice");
    assertThat(commit.message()).isEqualTo("update bob, drop ada");
    assertThat(commit.tables().get("node:Person").version()).isEqualTo(outcome.tableVersions().get("node:Person"));
    try (Graph reopened = Graph.open(root)) {
      assertThat(ages(reopened)).isEqualTo(ages(graph));
    }
  }

  @Test
  void replacesAndDeletesRowsWhoseIdsLieOutsideTheBasicMultilingualPlane() {
    String emoji = "\uD83D\uDE00";
    WriteFixture.put(graph, List.<Object[]>of(personRow(emoji, 1), personRow("caf\u00e9", 2)), List.of());
    WriteFixture.put(graph, List.<Object[]>of(personRow(emoji, 3)), List.of());
    assertThat(ages(graph)).containsEntry(emoji, 3).containsEntry("caf\u00e9", 2).hasSize(4);
    graph.write(WriterKind.MUTATION, null, "delete", false, base -> new WritePlan(
        List.of(new TableChange(person(graph), List.of(), Set.of(emoji, "caf\u00e9"), false)), Set.of()));
    assertThat(ages(graph)).containsOnlyKeys("ada", "bob");
  }

  @Test
  void overwriteReplacesTheWholeTable() {
    graph.write(WriterKind.LOAD, null, "overwrite", false, base -> new WritePlan(
        List.of(new TableChange(person(graph), List.<Object[]>of(personRow("zed", 1)), Set.of(), true)), Set.of()));
    assertThat(ages(graph)).containsOnlyKeys("zed");
  }

  @Test
  void aPlanThatChangesNothingPublishesNothing() {
    String head = graph.headCommit();
    WriteOutcome outcome = graph.write(WriterKind.MUTATION, null, "noop", false, base -> new WritePlan(List.of(), Set.of()));
    assertThat(outcome.commitId()).isNull();
    assertThat(graph.headCommit()).isEqualTo(head);
  }

  @Test
  void aStrictWriteWhoseReadSetMovedFailsWithARetryableConflictAndWritesNothing() {
    AtomicInteger prepares = new AtomicInteger();
    assertThatThrownBy(() -> graph.write(WriterKind.MUTATION, null, "strict", false, base -> {
      if (prepares.incrementAndGet() == 1) {
        WriteFixture.put(graph, List.<Object[]>of(personRow("ada", 99)), List.of());
      }
      return new WritePlan(List.of(new TableChange(person(graph), List.<Object[]>of(personRow("ada", 1)), Set.of(), false)), Set.of("node:Person"));
    })).isInstanceOfSatisfying(OmniGraphException.class, e -> {
      assertThat(e.code()).isEqualTo(ErrorCode.WRITE_CONFLICT);
      assertThat(e.detail()).contains("node:Person").contains("retry");
    });
    assertThat(ages(graph)).containsEntry("ada", 99);
    assertThat(prepares).hasValue(1);
  }

  @Test
  void aRetryableWriteIsPreparedAgainFromTheNewBase() {
    AtomicInteger prepares = new AtomicInteger();
    graph.write(WriterKind.LOAD, null, "retryable", true, base -> {
      if (prepares.incrementAndGet() == 1) {
        WriteFixture.put(graph, List.of(), List.<Object[]>of(companyRow("initech")));
      }
      return new WritePlan(List.of(TableChange.append(person(graph), List.<Object[]>of(personRow("dan", 5)))), Set.of("node:Company"));
    });
    assertThat(prepares).hasValue(2);
    assertThat(ages(graph)).containsEntry("dan", 5);
    assertThat(companies(graph)).containsExactly("acme", "initech");
  }

  @Test
  void concurrentWritersOnOneTableAndOnDisjointTablesLoseNoUpdateAndFormOneLinearHistory() throws Exception {
    long start = graph.version();
    int writers = 8;
    int perWriter = 5;
    ExecutorService pool = Executors.newFixedThreadPool(writers);
    List<Future<?>> futures = new ArrayList<>();
    for (int w = 0; w < writers; w++) {
      int writer = w;
      futures.add(pool.submit(() -> {
        for (int i = 0; i < perWriter; i++) {
          String name = "w" + writer + "-" + i;
          TableChange change = writer % 2 == 0
              ? TableChange.append(person(graph), List.<Object[]>of(personRow(name, i)))
              : TableChange.append(WriteFixture.company(graph), List.<Object[]>of(companyRow(name)));
          graph.write(WriterKind.MUTATION, "w" + writer, name, true, base -> new WritePlan(List.of(change), Set.of()));
        }
      }));
    }
    for (Future<?> future : futures) {
      future.get();
    }
    pool.shutdown();
    assertThat(ages(graph)).hasSize(2 + writers / 2 * perWriter);
    assertThat(companies(graph)).hasSize(1 + writers / 2 * perWriter);
    assertThat(graph.version()).isEqualTo(start + writers * perWriter);
    GraphDirectory directory = new GraphDirectory(root);
    String cursor = graph.headCommit();
    int chain = 0;
    while (chain < writers * perWriter) {
      GraphCommit commit = directory.readCommit(cursor).orElseThrow();
      assertThat(commit.parents()).hasSize(1);
      cursor = commit.parents().get(0);
      chain++;
    }
    WriteFixture.assertManifestEqualsHead(root);
  }
}
