package dev.omnigraph.engine;

import static dev.omnigraph.engine.WriteFixture.ages;
import static dev.omnigraph.engine.WriteFixture.assertManifestEqualsHead;
import static dev.omnigraph.engine.WriteFixture.audit;
import static dev.omnigraph.engine.WriteFixture.companies;
import static dev.omnigraph.engine.WriteFixture.companyRow;
import static dev.omnigraph.engine.WriteFixture.personRow;
import static dev.omnigraph.engine.WriteFixture.sidecarFiles;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.omnigraph.compiler.diag.ErrorCode;
import dev.omnigraph.compiler.diag.OmniGraphException;
import dev.omnigraph.engine.failpoint.Failpoint;
import dev.omnigraph.engine.failpoint.Failpoints;
import dev.omnigraph.engine.lance.LanceHistory;
import dev.omnigraph.engine.lance.RecoveryAuditTable;
import dev.omnigraph.engine.storage.GraphCommit;
import dev.omnigraph.engine.storage.GraphDirectory;
import dev.omnigraph.engine.storage.RecoverySidecar;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.arrow.memory.RootAllocator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Crash recovery, in process: a failpoint fails the write at each boundary of the write path;
 * then the graph must equal its state before or after the write, never a mix; no sidecar is
 * left; exactly one audit row records what recovery did; every manifest pin equals its Lance
 * HEAD; the next write succeeds ({@code storage-recovery.md} §8).
 */
class RecoveryIT {
  private static final Map<String, Object> BEFORE = new java.util.TreeMap<>(Map.of("ada", 36, "bob", 41));
  private static final Map<String, Object> AFTER = new java.util.TreeMap<>(Map.of("ada", 37, "bob", 41, "cy", 9));

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

  /** The write every scenario interrupts: two tables, one replaced row, two inserted rows. */
  private void twoTableWrite(Graph target) {
    WriteFixture.put(target, List.<Object[]>of(personRow("ada", 37), personRow("cy", 9)), List.<Object[]>of(companyRow("initech")));
  }

  private OmniGraphException failingWrite(Failpoint point) {
    Failpoints.enable(point, Failpoints.Action.ERROR);
    try {
      twoTableWrite(graph);
      throw new AssertionError("the write should have failed at " + point.id());
    } catch (OmniGraphException e) {
      return e;
    } finally {
      Failpoints.disable(point);
    }
  }

  private Graph reopen() {
    graph.close();
    graph = Graph.open(root);
    return graph;
  }

  private void assertBefore(Graph g) {
    assertThat(ages(g)).isEqualTo(BEFORE);
    assertThat(companies(g)).containsExactly("acme");
  }

  private void assertAfter(Graph g) {
    assertThat(ages(g)).isEqualTo(AFTER);
    assertThat(companies(g)).containsExactly("acme", "initech");
  }

  private void assertFollowUpWriteSucceeds() {
    WriteFixture.put(graph, List.<Object[]>of(personRow("dee", 1)), List.of());
    assertThat(ages(graph)).containsEntry("dee", 1);
    assertThat(sidecarFiles(root)).isEmpty();
  }

  private RecoverySidecar onlySidecar() throws Exception {
    List<Path> files = sidecarFiles(root);
    assertThat(files).hasSize(1);
    return new ObjectMapper().readValue(files.get(0).toFile(), RecoverySidecar.class);
  }

  @Test
  void sidecarWriteFailureLeavesNoSidecarAndMovesNoTable() throws Exception {
    long head = headOf("node:Person");
    OmniGraphException error = failingWrite(Failpoint.SIDECAR_WRITE);
    assertThat(error.code()).isEqualTo(ErrorCode.STORAGE_ERROR);
    assertThat(sidecarFiles(root)).isEmpty();
    assertThat(headOf("node:Person")).isEqualTo(head);
    assertBefore(graph);
    twoTableWrite(graph);
    assertAfter(graph);
  }

  @Test
  void armedSidecarWithoutEffectsBlocksWritesUntilAReopenDiscardsIt() throws Exception {
    assertThat(failingWrite(Failpoint.POST_SIDECAR_PRE_COMMIT).code()).isEqualTo(ErrorCode.RECOVERY_REQUIRED);
    assertThat(sidecarFiles(root)).hasSize(1);
    assertThatThrownBy(() -> twoTableWrite(graph)).isInstanceOfSatisfying(OmniGraphException.class,
        e -> assertThat(e.code()).isEqualTo(ErrorCode.RECOVERY_REQUIRED));
    reopen();
    assertBefore(graph);
    assertThat(sidecarFiles(root)).isEmpty();
    assertThat(audit(root)).isEmpty();
    assertManifestEqualsHead(root);
    assertFollowUpWriteSucceeds();
  }

  @Test
  void crashBetweenTableCommitsRollsBackTheCommittedTable() throws Exception {
    long personPin = pinOf("node:Person");
    OmniGraphException error = failingWrite(Failpoint.POST_TABLE_COMMIT);
    assertThat(error.code()).isEqualTo(ErrorCode.RECOVERY_REQUIRED);
    assertThat(error.detail()).contains(onlySidecar().operationId());
    assertBefore(graph);
    reopen();
    assertBefore(graph);
    List<RecoveryAuditTable.Row> rows = audit(root);
    assertThat(rows).singleElement().satisfies(row -> {
      assertThat(row.kind()).isEqualTo("RolledBack");
      assertThat(row.forActor()).isEqualTo("tester");
      assertThat(row.outcomesJson()).contains("node:Company");
    });
    assertThat(graph.headCommit()).isEqualTo(rows.get(0).graphCommitId());
    assertThat(new GraphDirectory(root).readCommit(graph.headCommit()).orElseThrow().actor()).isEqualTo("omnigraph:recovery");
    assertThat(pinOf("node:Person")).isEqualTo(personPin);
    assertManifestEqualsHead(root);
    reopen();
    assertThat(audit(root)).hasSize(1);
    assertFollowUpWriteSucceeds();
  }

  @Test
  void everyTableCommittedButUnconfirmedIsRolledBackNeverForward() throws Exception {
    failingWrite(Failpoint.POST_COMMITS_PRE_CONFIRM);
    assertThat(onlySidecar().phase()).isEqualTo(RecoverySidecar.Phase.ARMED);
    reopen();
    assertBefore(graph);
    assertThat(audit(root)).singleElement().satisfies(row -> assertThat(row.kind()).isEqualTo("RolledBack"));
    assertThat(audit(root).get(0).outcomesJson()).contains("\"from_version\":3", "\"to_version\":2");
    assertManifestEqualsHead(root);
    assertFollowUpWriteSucceeds();
  }

  @Test
  void confirmedButUnpublishedRollsForwardWithTheOriginalCommitIdAndActor() throws Exception {
    String parent = graph.headCommit();
    failingWrite(Failpoint.POST_CONFIRM_PRE_PUBLISH);
    RecoverySidecar sidecar = onlySidecar();
    assertThat(sidecar.phase()).isEqualTo(RecoverySidecar.Phase.EFFECTS_CONFIRMED);
    assertBefore(graph);
    reopen();
    assertAfter(graph);
    assertThat(graph.headCommit()).isEqualTo(sidecar.lineage().commitId());
    GraphCommit commit = new GraphDirectory(root).readCommit(graph.headCommit()).orElseThrow();
    assertThat(commit.actor()).isEqualTo("tester");
    assertThat(commit.parents()).containsExactly(parent);
    assertThat(audit(root)).singleElement().satisfies(row -> {
      assertThat(row.kind()).isEqualTo("RolledForward");
      assertThat(row.graphCommitId()).isEqualTo(sidecar.lineage().commitId());
    });
    assertManifestEqualsHead(root);
    reopen();
    assertThat(audit(root)).hasSize(1);
    assertFollowUpWriteSucceeds();
  }

  @Test
  void refreshRollsAConfirmedWriteForwardWithoutReopening() throws Exception {
    failingWrite(Failpoint.POST_CONFIRM_PRE_PUBLISH);
    graph.refresh();
    assertAfter(graph);
    assertThat(sidecarFiles(root)).isEmpty();
    assertFollowUpWriteSucceeds();
  }

  @Test
  void refreshDefersWhatNeedsARollback() throws Exception {
    failingWrite(Failpoint.POST_TABLE_COMMIT);
    long companyHead = headOf("node:Company");
    graph.refresh();
    assertThat(sidecarFiles(root)).hasSize(1);
    assertThat(headOf("node:Company")).as("no restore commit").isEqualTo(companyHead);
    reopen();
    assertBefore(graph);
    assertThat(sidecarFiles(root)).isEmpty();
  }

  @Test
  void theNextWriteHealsAConfirmedPredecessorBeforeItPrepares() throws Exception {
    failingWrite(Failpoint.POST_CONFIRM_PRE_PUBLISH);
    WriteFixture.put(graph, List.<Object[]>of(personRow("dee", 1)), List.of());
    assertThat(ages(graph)).containsEntry("cy", 9).containsEntry("dee", 1).containsEntry("ada", 37);
    assertThat(audit(root)).singleElement().satisfies(row -> assertThat(row.kind()).isEqualTo("RolledForward"));
  }

  @Test
  void crashAfterTheCommitRecordBeforeTheManifestRollsForward() throws Exception {
    failingWrite(Failpoint.POST_COMMIT_RECORD_PRE_MANIFEST);
    assertBefore(graph);
    reopen();
    assertAfter(graph);
    assertManifestEqualsHead(root);
  }

  @Test
  void aFailedSidecarDeleteDoesNotFailTheWriteAndTheNextWriteRetiresIt() throws Exception {
    Failpoints.enable(Failpoint.SIDECAR_DELETE, Failpoints.Action.ERROR);
    twoTableWrite(graph);
    Failpoints.disable(Failpoint.SIDECAR_DELETE);
    assertAfter(graph);
    assertThat(sidecarFiles(root)).hasSize(1);
    long version = graph.version();
    WriteFixture.put(graph, List.<Object[]>of(personRow("dee", 1)), List.of());
    assertThat(graph.version()).as("the heal publishes no second commit").isEqualTo(version + 1);
    assertThat(audit(root)).singleElement().satisfies(row -> assertThat(row.kind()).isEqualTo("RolledForward"));
    assertThat(sidecarFiles(root)).isEmpty();
  }

  @Test
  void aFailedAuditAppendKeepsTheSidecarAndTheNextOpenRecordsExactlyOneRow() throws Exception {
    failingWrite(Failpoint.POST_CONFIRM_PRE_PUBLISH);
    graph.close();
    graph = null;
    Failpoints.enable(Failpoint.RECORD_AUDIT, Failpoints.Action.ERROR);
    assertThatThrownBy(() -> Graph.open(root)).isInstanceOf(OmniGraphException.class);
    Failpoints.disable(Failpoint.RECORD_AUDIT);
    assertThat(sidecarFiles(root)).hasSize(1);
    graph = Graph.open(root);
    assertAfter(graph);
    assertThat(audit(root)).singleElement().satisfies(row -> assertThat(row.kind()).isEqualTo("RolledForward"));
  }

  @Test
  void aFailedRollForwardPublishConvergesOnTheNextOpen() throws Exception {
    failingWrite(Failpoint.POST_CONFIRM_PRE_PUBLISH);
    graph.close();
    graph = null;
    Failpoints.enable(Failpoint.BEFORE_ROLL_FORWARD_PUBLISH, Failpoints.Action.ERROR);
    assertThatThrownBy(() -> Graph.open(root)).isInstanceOf(OmniGraphException.class);
    Failpoints.disable(Failpoint.BEFORE_ROLL_FORWARD_PUBLISH);
    graph = Graph.open(root);
    assertAfter(graph);
    assertThat(audit(root)).hasSize(1);
  }

  @Test
  void aRestoreThatLandedBeforeACrashIsNotRepeated() throws Exception {
    long companyPin = pinOf("node:Company");
    failingWrite(Failpoint.POST_TABLE_COMMIT);
    graph.close();
    graph = null;
    Failpoints.enable(Failpoint.POST_RESTORE_PRE_PUBLISH, Failpoints.Action.ERROR);
    assertThatThrownBy(() -> Graph.open(root)).isInstanceOf(OmniGraphException.class);
    Failpoints.disable(Failpoint.POST_RESTORE_PRE_PUBLISH);
    assertThat(headOf("node:Company")).isEqualTo(companyPin + 2);
    graph = Graph.open(root);
    assertBefore(graph);
    assertThat(headOf("node:Company")).as("one restore commit only").isEqualTo(companyPin + 2);
    assertThat(audit(root)).singleElement().satisfies(row -> assertThat(row.kind()).isEqualTo("RolledBack"));
    assertManifestEqualsHead(root);
  }

  @Test
  void aFailingSidecarListingFailsWritesAndOpensLoudlyUntilItClears() {
    Failpoints.enable(Failpoint.SIDECAR_LIST, Failpoints.Action.ERROR);
    assertThatThrownBy(() -> twoTableWrite(graph)).isInstanceOf(OmniGraphException.class);
    assertThatThrownBy(() -> Graph.open(root)).isInstanceOf(OmniGraphException.class);
    Failpoints.disable(Failpoint.SIDECAR_LIST);
    reopen();
    assertBefore(graph);
  }

  @Test
  void aCorruptSidecarFailsReadWriteOpensNamingItKeepsItAndReadOnlyOpensStillRead() throws Exception {
    Path file = root.resolve(GraphDirectory.RECOVERY_DIR).resolve("01J0000000000000000000000A.json");
    Files.createDirectories(file.getParent());
    Files.writeString(file, "{not json");
    graph.close();
    graph = null;
    assertThatThrownBy(() -> Graph.open(root)).isInstanceOfSatisfying(OmniGraphException.class,
        e -> assertThat(e.detail()).contains(file.getFileName().toString()));
    assertThat(file).exists();
    try (Graph readOnly = Graph.openReadOnly(root)) {
      assertBefore(readOnly);
      assertThatThrownBy(() -> twoTableWrite(readOnly)).isInstanceOfSatisfying(OmniGraphException.class,
          e -> assertThat(e.code()).isEqualTo(ErrorCode.UNSUPPORTED));
    }
  }

  @Test
  void aSidecarOfANewerFormatIsRefused() throws Exception {
    failingWrite(Failpoint.POST_SIDECAR_PRE_COMMIT);
    Path file = sidecarFiles(root).get(0);
    Files.writeString(file, Files.readString(file).replace("\"schema_version\" : 1", "\"schema_version\" : 99"));
    graph.close();
    graph = null;
    assertThatThrownBy(() -> Graph.open(root)).isInstanceOfSatisfying(OmniGraphException.class,
        e -> assertThat(e.detail()).contains("newer than the maximum"));
  }

  @Test
  void aReadOnlyOpenNeverWritesEvenWithAPendingSidecar() throws Exception {
    failingWrite(Failpoint.POST_TABLE_COMMIT);
    graph.close();
    graph = null;
    try (Graph readOnly = Graph.openReadOnly(root)) {
      assertBefore(readOnly);
      readOnly.refresh();
    }
    assertThat(sidecarFiles(root)).hasSize(1);
    assertThat(root.resolve(RecoveryAuditTable.PATH)).doesNotExist();
  }

  @Test
  void driftNoSidecarCoversIsRefusedBeforeAnyEffect() {
    long pin = pinOf("node:Person");
    try (RootAllocator allocator = new RootAllocator()) {
      LanceHistory.restore(allocator, new GraphDirectory(root).tableUri(new GraphDirectory(root).readManifest().table("node:Person").path()), pin);
    }
    assertThatThrownBy(() -> twoTableWrite(graph)).isInstanceOfSatisfying(OmniGraphException.class, e -> {
      assertThat(e.code()).isEqualTo(ErrorCode.STORAGE_ERROR);
      assertThat(e.detail()).contains("no recovery sidecar covers");
    });
    assertThat(sidecarFiles(root)).isEmpty();
    assertBefore(graph);
  }

  private long pinOf(String key) {
    return new GraphDirectory(root).readManifest().version(key);
  }

  private long headOf(String key) {
    GraphDirectory directory = new GraphDirectory(root);
    try (RootAllocator allocator = new RootAllocator()) {
      return LanceHistory.head(allocator, directory.tableUri(directory.readManifest().table(key).path()));
    }
  }
}
