package dev.omnigraph.engine;

import static dev.omnigraph.engine.WriteFixture.ages;
import static dev.omnigraph.engine.WriteFixture.companies;
import static dev.omnigraph.engine.WriteFixture.companyRow;
import static dev.omnigraph.engine.WriteFixture.person;
import static dev.omnigraph.engine.WriteFixture.personRow;
import static dev.omnigraph.engine.WriteFixture.sidecarFiles;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.omnigraph.compiler.diag.ErrorCode;
import dev.omnigraph.compiler.diag.OmniGraphException;
import dev.omnigraph.engine.branch.MergeConflict;
import dev.omnigraph.engine.branch.MergeConflictException;
import dev.omnigraph.engine.branch.MergeResult;
import dev.omnigraph.engine.failpoint.Failpoint;
import dev.omnigraph.engine.failpoint.Failpoints;
import dev.omnigraph.engine.storage.GraphCommit;
import dev.omnigraph.engine.write.TableChange;
import dev.omnigraph.engine.write.WritePlan;
import dev.omnigraph.engine.write.WriterKind;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Branches of the whole graph: isolation, lazy forks, history, time travel, merge, delete, recovery. */
class BranchesIT {
  @TempDir
  Path dir;
  Path root;
  Graph graph;

  @BeforeEach
  void create() {
    root = dir.resolve("g").toAbsolutePath().normalize();
    graph = WriteFixture.create(root);
  }

  @AfterEach
  void close() {
    Failpoints.reset();
    if (graph != null) {
      graph.close();
    }
  }

  private static void delete(Graph g, String id) {
    g.write(WriterKind.MUTATION, "tester", "delete " + id, false,
        base -> new WritePlan(List.of(new TableChange(person(g), List.of(), Set.of(id), false)), Set.of()));
  }

  @Test
  void writesOnABranchNeverShowOnAnotherAndTablesForkOnlyWhenWritten() {
    graph.createBranch("feature", "main");
    Graph feature = graph.branch("feature");
    String mainPersons = graph.manifest().table("node:Person").toString();
    WriteFixture.put(feature, List.<Object[]>of(personRow("cy", 9)), List.of());
    WriteFixture.put(graph, List.<Object[]>of(personRow("dee", 4)), List.of());

    assertThat(ages(feature)).containsOnlyKeys("ada", "bob", "cy");
    assertThat(ages(graph)).containsOnlyKeys("ada", "bob", "dee");
    assertThat(feature.manifest().table("node:Person").branch()).isNotNull();
    assertThat(feature.manifest().table("node:Company").branch()).as("an untouched table is not forked").isNull();
    assertThat(graph.manifest().table("node:Person").branch()).isNull();
    assertThat(mainPersons).isNotEqualTo(graph.manifest().table("node:Person").toString());
    try (Graph reopened = Graph.open(root)) {
      assertThat(ages(reopened.branch("feature"))).containsOnlyKeys("ada", "bob", "cy");
      assertThat(reopened.branches()).containsExactly("main", "feature");
    }
  }

  @Test
  void aBranchOfABranchForksFromItsParentsFork() {
    graph.createBranch("a", "main");
    WriteFixture.put(graph.branch("a"), List.<Object[]>of(personRow("cy", 9)), List.of());
    graph.createBranch("b", "a");
    WriteFixture.put(graph.branch("b"), List.<Object[]>of(personRow("dee", 4)), List.of());
    assertThat(ages(graph.branch("b"))).containsOnlyKeys("ada", "bob", "cy", "dee");
    assertThat(ages(graph.branch("a"))).containsOnlyKeys("ada", "bob", "cy");
    assertThatThrownBy(() -> graph.deleteBranch("a")).isInstanceOfSatisfying(OmniGraphException.class, e -> {
      assertThat(e.code()).isEqualTo(ErrorCode.WRITE_CONFLICT);
      assertThat(e.detail()).contains("'b'");
    });
  }

  @Test
  void historyAndTimeTravelSeeExactlyEachSnapshot() throws Exception {
    String genesisLoad = graph.headCommit();
    WriteFixture.put(graph, List.<Object[]>of(personRow("cy", 9)), List.of());
    String afterCy = graph.headCommit();
    Thread.sleep(5);
    String between = java.time.Instant.now().toString();
    Thread.sleep(5);
    delete(graph, "ada");

    List<GraphCommit> log = graph.log();
    assertThat(log).extracting(GraphCommit::message).startsWith("delete ada", "put");
    assertThat(log.get(0).actor()).isEqualTo("tester");
    assertThat(log.get(log.size() - 1).parents()).isEmpty();
    assertThat(ages(graph.at(genesisLoad))).containsOnlyKeys("ada", "bob");
    assertThat(ages(graph.at(afterCy))).containsOnlyKeys("ada", "bob", "cy");
    assertThat(ages(graph.at(between))).containsOnlyKeys("ada", "bob", "cy");
    assertThat(ages(graph)).containsOnlyKeys("bob", "cy");
    assertThatThrownBy(() -> WriteFixture.put(graph.at(afterCy), List.<Object[]>of(personRow("x", 1)), List.of()))
        .isInstanceOfSatisfying(OmniGraphException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.UNSUPPORTED));
    assertThatThrownBy(() -> graph.at("01ZZZZZZZZZZZZZZZZZZZZZZZZ")).isInstanceOfSatisfying(OmniGraphException.class, e -> {
      assertThat(e.code()).isEqualTo(ErrorCode.NOT_FOUND);
      assertThat(e.detail()).contains("unknown commit");
    });
    assertThatThrownBy(() -> graph.at("yesterday")).isInstanceOfSatisfying(OmniGraphException.class,
        e -> assertThat(e.code()).isEqualTo(ErrorCode.INVALID_PARAMETER));
  }

  @Test
  void aMergeIntoAnUnmovedTargetFastForwardsWithATwoParentCommit() {
    graph.createBranch("feature", "main");
    Graph feature = graph.branch("feature");
    WriteFixture.put(feature, List.<Object[]>of(personRow("cy", 9)), List.<Object[]>of(companyRow("initech")));
    MergeResult result = graph.merge("feature", "main", "reviewer");
    assertThat(result.outcome()).isEqualTo(MergeResult.Outcome.FAST_FORWARD);
    assertThat(ages(graph)).containsOnlyKeys("ada", "bob", "cy");
    assertThat(companies(graph)).containsExactly("acme", "initech");
    GraphCommit commit = graph.log().get(0);
    assertThat(commit.id()).isEqualTo(result.commitId());
    assertThat(commit.parents()).hasSize(2).contains(feature.headCommit());
    assertThat(commit.actor()).isEqualTo("reviewer");
    assertThat(graph.merge("feature", "main", "reviewer").outcome()).isEqualTo(MergeResult.Outcome.ALREADY_UP_TO_DATE);
  }

  @Test
  void aThreeWayMergeTakesEachSidesChanges() {
    graph.createBranch("feature", "main");
    Graph feature = graph.branch("feature");
    WriteFixture.put(feature, List.<Object[]>of(personRow("cy", 9), personRow("ada", 37)), List.of());
    WriteFixture.put(graph, List.<Object[]>of(personRow("dee", 4)), List.of());
    delete(graph, "bob");
    MergeResult result = graph.merge("feature", "main", null);
    assertThat(result.outcome()).isEqualTo(MergeResult.Outcome.MERGED);
    assertThat(ages(graph)).isEqualTo(new java.util.TreeMap<>(Map.of("ada", 37, "cy", 9, "dee", 4)));
    assertThat(result.changedRows()).containsEntry("node:Person", 2);
  }

  @Test
  void conflictingChangesFailTheWholeMergeWithAFullReportAndChangeNothing() {
    graph.createBranch("feature", "main");
    Graph feature = graph.branch("feature");
    WriteFixture.put(feature, List.<Object[]>of(personRow("ada", 50), personRow("cy", 1)), List.of());
    delete(feature, "bob");
    WriteFixture.put(graph, List.<Object[]>of(personRow("ada", 60), personRow("cy", 2), personRow("bob", 42)), List.of());
    String head = graph.headCommit();
    assertThatThrownBy(() -> graph.merge("feature", "main", null)).isInstanceOfSatisfying(MergeConflictException.class, e -> {
      assertThat(e.conflicts()).extracting(MergeConflict::id, MergeConflict::kind).containsExactly(
          org.assertj.core.groups.Tuple.tuple("ada", MergeConflict.Kind.DIVERGENT_UPDATE),
          org.assertj.core.groups.Tuple.tuple("bob", MergeConflict.Kind.DELETE_VS_UPDATE),
          org.assertj.core.groups.Tuple.tuple("cy", MergeConflict.Kind.DIVERGENT_INSERT));
      assertThat(e.conflicts().get(0).source()).containsExactly("ada", 50, "ada");
      assertThat(e.conflicts().get(0).target()).containsExactly("ada", 60, "ada");
      assertThat(e.code()).isEqualTo(ErrorCode.WRITE_CONFLICT);
    });
    assertThat(graph.headCommit()).isEqualTo(head);
    assertThat(ages(graph)).containsEntry("ada", 60);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " padded", "main", "__schema_apply_lock__", "a/b", "white space"})
  void invalidBranchNamesAreRefusedAndChangeNothing(String name) {
    assertThatThrownBy(() -> graph.createBranch(name, "main")).isInstanceOfSatisfying(OmniGraphException.class,
        e -> assertThat(e.code()).isEqualTo(ErrorCode.INVALID_PARAMETER));
    assertThat(graph.branches()).containsExactly("main");
  }

  @Test
  void unknownBranchesAndSelfMergesAreClearErrors() {
    assertThatThrownBy(() -> graph.branch("nope")).isInstanceOfSatisfying(OmniGraphException.class,
        e -> assertThat(e.code()).isEqualTo(ErrorCode.NOT_FOUND));
    assertThatThrownBy(() -> graph.createBranch("x", "nope")).isInstanceOfSatisfying(OmniGraphException.class,
        e -> assertThat(e.code()).isEqualTo(ErrorCode.NOT_FOUND));
    assertThatThrownBy(() -> graph.merge("main", "main", null)).isInstanceOfSatisfying(OmniGraphException.class,
        e -> assertThat(e.code()).isEqualTo(ErrorCode.INVALID_PARAMETER));
    assertThatThrownBy(() -> graph.deleteBranch("main")).isInstanceOfSatisfying(OmniGraphException.class,
        e -> assertThat(e.code()).isEqualTo(ErrorCode.INVALID_PARAMETER));
    graph.createBranch("x", "main");
    assertThatThrownBy(() -> graph.createBranch("x", "main")).isInstanceOfSatisfying(OmniGraphException.class,
        e -> assertThat(e.code()).isEqualTo(ErrorCode.ALREADY_EXISTS));
  }

  @Test
  void aDeletedThenRecreatedBranchIsANewBranch() {
    graph.createBranch("feature", "main");
    WriteFixture.put(graph.branch("feature"), List.<Object[]>of(personRow("cy", 9)), List.of());
    graph.deleteBranch("feature");
    assertThat(graph.branches()).containsExactly("main");
    graph.createBranch("feature", "main");
    assertThat(ages(graph.branch("feature"))).containsOnlyKeys("ada", "bob");
    WriteFixture.put(graph.branch("feature"), List.<Object[]>of(personRow("dee", 1)), List.of());
    assertThat(ages(graph.branch("feature"))).containsOnlyKeys("ada", "bob", "dee");
  }

  @Test
  void aBranchCreatedFromACommitStartsAtThatSnapshot() {
    String before = graph.headCommit();
    WriteFixture.put(graph, List.<Object[]>of(personRow("cy", 9)), List.of());
    graph.createBranch("old", before);
    assertThat(ages(graph.branch("old"))).containsOnlyKeys("ada", "bob");
  }

  @Test
  void aCrashAfterAFirstTouchForkRollsBackAndTheNextWriteReclaimsTheFork() {
    graph.createBranch("feature", "main");
    Failpoints.enable(Failpoint.POST_FORK_PRE_COMMIT, Failpoints.Action.ERROR);
    assertThatThrownBy(() -> WriteFixture.put(graph.branch("feature"), List.<Object[]>of(personRow("cy", 9)), List.of()))
        .isInstanceOfSatisfying(OmniGraphException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.RECOVERY_REQUIRED));
    Failpoints.disable(Failpoint.POST_FORK_PRE_COMMIT);
    graph.close();
    graph = Graph.open(root);
    assertThat(sidecarFiles(root)).isEmpty();
    assertThat(ages(graph.branch("feature"))).containsOnlyKeys("ada", "bob");
    WriteFixture.put(graph.branch("feature"), List.<Object[]>of(personRow("cy", 9)), List.of());
    assertThat(ages(graph.branch("feature"))).containsOnlyKeys("ada", "bob", "cy");
    assertThat(ages(graph)).containsOnlyKeys("ada", "bob");
  }

  @Test
  void aConfirmedBranchWriteRollsForwardOnTheBranchOnly() {
    graph.createBranch("feature", "main");
    String mainHead = graph.headCommit();
    Failpoints.enable(Failpoint.POST_CONFIRM_PRE_PUBLISH, Failpoints.Action.ERROR);
    assertThatThrownBy(() -> WriteFixture.put(graph.branch("feature"), List.<Object[]>of(personRow("cy", 9)), List.of()))
        .isInstanceOf(OmniGraphException.class);
    Failpoints.disable(Failpoint.POST_CONFIRM_PRE_PUBLISH);
    graph.close();
    graph = Graph.open(root);
    assertThat(ages(graph.branch("feature"))).containsOnlyKeys("ada", "bob", "cy");
    assertThat(graph.headCommit()).isEqualTo(mainHead);
    assertThat(ages(graph)).containsOnlyKeys("ada", "bob");
  }

  @Test
  void aSidecarWhoseBranchWasDeletedIsDiscarded() {
    graph.createBranch("feature", "main");
    Failpoints.enable(Failpoint.POST_TABLE_COMMIT, Failpoints.Action.ERROR);
    assertThatThrownBy(() -> WriteFixture.put(graph.branch("feature"), List.<Object[]>of(personRow("cy", 9)), List.<Object[]>of(companyRow("x"))))
        .isInstanceOf(OmniGraphException.class);
    Failpoints.disable(Failpoint.POST_TABLE_COMMIT);
    graph.deleteBranch("feature");
    graph.close();
    graph = Graph.open(root);
    assertThat(sidecarFiles(root)).isEmpty();
    assertThat(WriteFixture.audit(root)).singleElement().satisfies(row -> assertThat(row.kind()).isEqualTo("OrphanedBranchDiscarded"));
    WriteFixture.put(graph, List.<Object[]>of(personRow("dee", 4)), List.of());
  }

  @Test
  void aMergeInterruptedBetweenTableCommitsRollsBackOnTheTarget() {
    graph.createBranch("feature", "main");
    WriteFixture.put(graph.branch("feature"), List.<Object[]>of(personRow("cy", 9)), List.<Object[]>of(companyRow("initech")));
    WriteFixture.put(graph, List.<Object[]>of(personRow("dee", 4)), List.of());
    String head = graph.headCommit();
    Failpoints.enable(Failpoint.POST_TABLE_COMMIT, Failpoints.Action.ERROR);
    assertThatThrownBy(() -> graph.merge("feature", "main", null)).isInstanceOfSatisfying(OmniGraphException.class,
        e -> assertThat(e.code()).isEqualTo(ErrorCode.RECOVERY_REQUIRED));
    Failpoints.disable(Failpoint.POST_TABLE_COMMIT);
    graph.close();
    graph = Graph.open(root);
    assertThat(sidecarFiles(root)).isEmpty();
    assertThat(ages(graph)).containsOnlyKeys("ada", "bob", "dee");
    assertThat(companies(graph)).containsExactly("acme");
    assertThat(graph.log().get(0).actor()).isEqualTo("omnigraph:recovery");
    assertThat(graph.log().get(1).id()).isEqualTo(head);
    assertThat(graph.merge("feature", "main", null).outcome()).isEqualTo(MergeResult.Outcome.MERGED);
    assertThat(ages(graph)).containsOnlyKeys("ada", "bob", "cy", "dee");
  }

  @Test
  void aConfirmedMergeRollsForwardWithBothParents() {
    graph.createBranch("feature", "main");
    WriteFixture.put(graph.branch("feature"), List.<Object[]>of(personRow("cy", 9)), List.of());
    String featureHead = graph.branch("feature").headCommit();
    Failpoints.enable(Failpoint.POST_CONFIRM_PRE_PUBLISH, Failpoints.Action.ERROR);
    assertThatThrownBy(() -> graph.merge("feature", "main", "reviewer")).isInstanceOf(OmniGraphException.class);
    Failpoints.disable(Failpoint.POST_CONFIRM_PRE_PUBLISH);
    graph.close();
    graph = Graph.open(root);
    assertThat(ages(graph)).containsOnlyKeys("ada", "bob", "cy");
    GraphCommit merge = graph.log().get(0);
    assertThat(merge.parents()).hasSize(2).contains(featureHead);
    assertThat(merge.actor()).isEqualTo("reviewer");
    assertThat(graph.merge("feature", "main", null).outcome()).isEqualTo(MergeResult.Outcome.ALREADY_UP_TO_DATE);
  }

  @Test
  void aFailedBranchCreateLeavesNoBranch() {
    Failpoints.enable(Failpoint.BRANCH_CREATE, Failpoints.Action.ERROR);
    assertThatThrownBy(() -> graph.createBranch("feature", "main")).isInstanceOf(OmniGraphException.class);
    Failpoints.disable(Failpoint.BRANCH_CREATE);
    assertThat(graph.branches()).containsExactly("main");
    graph.createBranch("feature", "main");
    assertThat(graph.branches()).containsExactly("main", "feature");
  }

  @Test
  void aCrashBetweenABranchDeleteAndItsForkCleanupLeavesAConsistentGraph() {
    graph.createBranch("feature", "main");
    WriteFixture.put(graph.branch("feature"), List.<Object[]>of(personRow("cy", 9)), List.of());
    Failpoints.enable(Failpoint.BRANCH_DELETE_POST_MANIFEST, Failpoints.Action.ERROR);
    assertThatThrownBy(() -> graph.deleteBranch("feature")).isInstanceOf(OmniGraphException.class);
    Failpoints.disable(Failpoint.BRANCH_DELETE_POST_MANIFEST);
    graph.close();
    graph = Graph.open(root);
    assertThat(graph.branches()).containsExactly("main");
    assertThat(ages(graph)).containsOnlyKeys("ada", "bob");
    graph.createBranch("feature", "main");
    WriteFixture.put(graph.branch("feature"), List.<Object[]>of(personRow("dee", 1)), List.of());
    assertThat(ages(graph.branch("feature"))).containsOnlyKeys("ada", "bob", "dee");
  }
}
