package dev.omnigraph.engine;

import static dev.omnigraph.engine.WriteFixture.ages;
import static dev.omnigraph.engine.WriteFixture.companyRow;
import static dev.omnigraph.engine.WriteFixture.personRow;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.omnigraph.engine.branch.MergeConflictException;
import dev.omnigraph.engine.branch.MergeResult;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Transactions: own writes visible inside only, one commit on commit, nothing on rollback or conflict. */
class GraphTransactionIT {
  @TempDir
  Path dir;
  Graph graph;

  @BeforeEach
  void create() {
    graph = WriteFixture.create(dir.resolve("g"));
  }

  @AfterEach
  void close() {
    graph.close();
  }

  @Test
  void writesAreSeenInsideOnlyUntilCommitPublishesThemAsOneCommit() {
    int commits = graph.log().size();
    MergeResult result;
    try (GraphTransaction txn = graph.begin("alice")) {
      WriteFixture.put(txn.graph(), List.<Object[]>of(personRow("cy", 9)), List.of());
      WriteFixture.put(txn.graph(), List.<Object[]>of(personRow("ada", 37)), List.<Object[]>of(companyRow("initech")));
      assertThat(ages(txn.graph())).containsEntry("cy", 9).containsEntry("ada", 37);
      assertThat(ages(graph)).containsOnlyKeys("ada", "bob").containsEntry("ada", 36);
      result = txn.commit();
    }
    assertThat(result.outcome()).isEqualTo(MergeResult.Outcome.FAST_FORWARD);
    assertThat(ages(graph)).containsEntry("cy", 9).containsEntry("ada", 37);
    assertThat(graph.log().get(0).actor()).isEqualTo("alice");
    assertThat(graph.log().get(0).message()).isEqualTo("commit transaction");
    assertThat(graph.branches()).containsExactly("main");
    assertThat(graph.log().stream().filter(c -> c.branch().equals("main")).count()).isEqualTo(commits + 1);
  }

  @Test
  void aHandleBoundToAnActorRecordsItOnEveryCommit() {
    Graph bob = graph.as("bob");
    bob.load("{\"type\":\"Person\",\"data\":{\"name\":\"cy\"}}\n", "x.jsonl");
    assertThat(graph.log().get(0).actor()).isEqualTo("bob");
    try (GraphTransaction txn = bob.begin(null)) {
      WriteFixture.put(txn.graph(), List.<Object[]>of(personRow("dee", 1)), List.of());
      txn.commit();
    }
    assertThat(graph.log().get(0).actor()).isEqualTo("bob");
    assertThat(graph.actor()).isNull();
  }

  @Test
  void rollbackAndCloseDiscardEverything() {
    String head = graph.headCommit();
    try (GraphTransaction txn = graph.begin(null)) {
      WriteFixture.put(txn.graph(), List.<Object[]>of(personRow("cy", 9)), List.of());
      txn.rollback();
      assertThatThrownBy(txn::graph).hasMessageContaining("ended");
    }
    try (GraphTransaction txn = graph.begin(null)) {
      WriteFixture.put(txn.graph(), List.<Object[]>of(personRow("dee", 1)), List.of());
    }
    assertThat(ages(graph)).containsOnlyKeys("ada", "bob");
    assertThat(graph.headCommit()).isEqualTo(head);
    assertThat(new java.io.File(dir.resolve("g/_branches").toString()).list()).isEmpty();
  }

  @Test
  void aCommitThatConflictsWithAConcurrentWriteChangesNothing() {
    GraphTransaction txn = graph.begin(null);
    WriteFixture.put(txn.graph(), List.<Object[]>of(personRow("ada", 1)), List.of());
    WriteFixture.put(graph, List.<Object[]>of(personRow("ada", 2)), List.of());
    String head = graph.headCommit();
    assertThatThrownBy(txn::commit).isInstanceOf(MergeConflictException.class);
    assertThat(graph.headCommit()).isEqualTo(head);
    assertThat(ages(graph)).containsEntry("ada", 2);
    assertThat(new java.io.File(dir.resolve("g/_branches").toString()).list()).isEmpty();
  }

  @Test
  void disjointConcurrentWritesBothSurviveTheCommit() {
    try (GraphTransaction txn = graph.begin(null)) {
      WriteFixture.put(txn.graph(), List.<Object[]>of(personRow("cy", 9)), List.of());
      WriteFixture.put(graph, List.<Object[]>of(personRow("dee", 4)), List.of());
      assertThat(txn.commit().outcome()).isEqualTo(MergeResult.Outcome.MERGED);
    }
    assertThat(ages(graph)).containsOnlyKeys("ada", "bob", "cy", "dee");
  }
}
