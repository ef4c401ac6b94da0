package dev.omnigraph.engine.recovery;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.omnigraph.compiler.diag.ErrorCode;
import dev.omnigraph.compiler.diag.OmniGraphException;
import dev.omnigraph.engine.failpoint.Failpoint;
import dev.omnigraph.engine.failpoint.Failpoints;
import dev.omnigraph.engine.lance.LanceBranches;
import dev.omnigraph.engine.lance.LanceHistory;
import dev.omnigraph.engine.lance.RecoveryAuditTable;
import dev.omnigraph.engine.storage.GraphDirectory;
import dev.omnigraph.engine.storage.GraphManifest;
import dev.omnigraph.engine.storage.RecoverySidecar;
import dev.omnigraph.engine.storage.TableEntry;
import dev.omnigraph.engine.write.GraphPublisher;
import dev.omnigraph.engine.write.WriteEngine;
import dev.omnigraph.engine.write.WriteGates;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.apache.arrow.memory.BufferAllocator;

/**
 * Resolves the recovery sidecars a crashed write left ({@code storage-recovery.md} §4), each all
 * or nothing: roll forward when the write confirmed every table commit and the graph head is the
 * one it prepared against, otherwise roll back by restoring every table it moved. Every outcome is
 * recorded in the audit table and ends with manifest pin == Lance HEAD for each table.
 *
 * <p>Two modes (§4.1): {@link Mode#FULL} at a read-write open, when no writer of this process is
 * live; {@link Mode#ROLL_FORWARD_ONLY} at a write's entry and at refresh, which never restores and
 * defers anything else (the writer may still be running in another process).
 */
public final class Recovery {
  /** The actor of commits recovery itself makes. */
  public static final String ACTOR = "omnigraph:recovery";

  private static final ObjectMapper JSON = new ObjectMapper();

  /** How much recovery may do. */
  public enum Mode {
    /** Roll forward or back; used by a read-write open. */
    FULL,
    /** Roll forward only; defer whatever needs a restore. */
    ROLL_FORWARD_ONLY
  }

  /** What happened to one sidecar. */
  public enum Result {
    /** The write's commit is published (now or already). */
    ROLLED_FORWARD,
    /** The write's effects were restored away and the restore published. */
    ROLLED_BACK,
    /** The write had no effect; the sidecar was retired. */
    DISCARDED,
    /** Left for a later, fuller recovery. */
    DEFERRED
  }

  private final GraphDirectory directory;
  private final BufferAllocator allocator;
  private final GraphPublisher publisher;

  /** Recovery of the graph at {@code directory}; {@code allocator} serves its Lance reads and restores. */
  public Recovery(GraphDirectory directory, BufferAllocator allocator) {
    this.directory = directory;
    this.allocator = allocator;
    this.publisher = new GraphPublisher(directory);
  }

  /**
   * Resolves every sidecar in operation-id order.
   *
   * @return each sidecar's operation id and what happened to it
   * @throws OmniGraphException {@code STORAGE_ERROR} for an unreadable sidecar (kept on disk);
   *     {@code RECOVERY_REQUIRED} in {@link Mode#FULL} when a table's state is not provably ours
   *     (foreign or buried commits, a manifest ahead of Lance)
   */
  public Map<String, Result> run(Mode mode) {
    Map<String, Result> results = new TreeMap<>();
    for (RecoverySidecar listed : directory.sidecars()) {
      List<String> keys = listed.tables().stream().map(RecoverySidecar.TablePin::tableKey).toList();
      try (WriteGates.Held ignored = WriteGates.acquire(directory.root(), branchOf(listed), keys)) {
        // The graph's exclusive lock waits out a writer still inside its effect window, in this
        // process or another; the sidecar is then gone or provably abandoned.
        Result result = directory.exclusively(() -> directory.rereadSidecar(listed.operationId()).map(body -> resolve(body, mode)).orElse(null));
        if (result != null) {
          results.put(listed.operationId(), result);
        }
      }
    }
    return results;
  }

  /**
   * The write-entry barrier ({@code storage-recovery.md} §3.2): rolls forward what it can and
   * refuses the write while a sidecar stays unresolved.
   *
   * @throws OmniGraphException {@code RECOVERY_REQUIRED} naming the sidecar
   */
  public void healBeforeWrite() {
    List<String> blocked = deferred(run(Mode.ROLL_FORWARD_ONLY));
    if (!blocked.isEmpty()) {
      throw new OmniGraphException(ErrorCode.RECOVERY_REQUIRED, null, "recovery sidecar " + blocked.get(0)
          + " needs a rollback; reopen the graph read-write to recover it before writing");
    }
  }

  private static List<String> deferred(Map<String, Result> results) {
    return results.entrySet().stream().filter(e -> e.getValue() == Result.DEFERRED).map(Map.Entry::getKey).toList();
  }

  private static String branchOf(RecoverySidecar sidecar) {
    return sidecar.branch() == null ? GraphManifest.MAIN : sidecar.branch();
  }

  private Result resolve(RecoverySidecar sidecar, Mode mode) {
    if (!directory.hasBranch(branchOf(sidecar))) {
      // The branch was deleted after the crash: nothing of the write can become visible (§4.8).
      return finish(sidecar, "OrphanedBranchDiscarded", null, List.of(), Result.DISCARDED);
    }
    GraphManifest manifest = directory.readManifest(branchOf(sidecar));
    if (publisher.isPublished(manifest, sidecar.lineage().commitId(), sidecar.expectedHead())) {
      return finish(sidecar, "RolledForward", sidecar.lineage().commitId(), forwardOutcomes(sidecar), Result.ROLLED_FORWARD);
    }
    if (publisher.isPublished(manifest, sidecar.rollbackCommitId(), sidecar.expectedHead())) {
      return finish(sidecar, "RolledBack", sidecar.rollbackCommitId(), sidecar.rollbackOutcomes(), Result.ROLLED_BACK);
    }
    List<TableState> states = new ArrayList<>();
    for (RecoverySidecar.TablePin pin : sidecar.tables()) {
      states.add(classify(pin, manifest));
    }
    for (TableState state : states) {
      if (state.kind == TableClass.INVARIANT_VIOLATION || state.kind == TableClass.BURIED || state.kind == TableClass.FOREIGN) {
        if (mode == Mode.ROLL_FORWARD_ONLY) {
          return Result.DEFERRED;
        }
        throw new OmniGraphException(ErrorCode.RECOVERY_REQUIRED, null, "recovery sidecar " + sidecar.operationId() + ": table "
            + state.pin.tableKey() + " is " + state.kind.name().toLowerCase().replace('_', ' ') + " (manifest version "
            + state.pinned + ", Lance HEAD " + state.head + "); refusing to restore state that is not provably this write's");
      }
    }
    boolean anyEffect = states.stream().anyMatch(s -> s.kind != TableClass.NO_MOVEMENT);
    if (!anyEffect) {
      if (mode == Mode.ROLL_FORWARD_ONLY) {
        return Result.DEFERRED;
      }
      directory.deleteSidecar(sidecar.operationId());
      return Result.DISCARDED;
    }
    boolean forward = sidecar.phase() == RecoverySidecar.Phase.EFFECTS_CONFIRMED
        && states.stream().allMatch(s -> s.kind == TableClass.OWN_AT_HEAD && s.pin.confirmedVersion() != null && s.head == s.pin.confirmedVersion())
        && java.util.Objects.equals(manifest.headCommit(), sidecar.expectedHead());
    if (forward) {
      Failpoints.hit(Failpoint.BEFORE_ROLL_FORWARD_PUBLISH);
      try {
        publisher.publish(WriteEngine.publishOf(sidecar));
      } catch (OmniGraphException e) {
        if (e.code() != ErrorCode.WRITE_CONFLICT) {
          throw e;
        }
        // Another recovery published first: converge on its outcome, or leave the sidecar for later.
        if (!publisher.isPublished(directory.readManifest(branchOf(sidecar)), sidecar.lineage().commitId(), sidecar.expectedHead())) {
          if (mode == Mode.ROLL_FORWARD_ONLY) {
            return Result.DEFERRED;
          }
          throw e;
        }
      }
      return finish(sidecar, "RolledForward", sidecar.lineage().commitId(), forwardOutcomes(sidecar), Result.ROLLED_FORWARD);
    }
    if (mode == Mode.ROLL_FORWARD_ONLY) {
      return Result.DEFERRED;
    }
    return rollBack(sidecar, states);
  }

  private Result rollBack(RecoverySidecar sidecar, List<TableState> states) {
    List<RecoverySidecar.Outcome> outcomes = sidecar.rollbackOutcomes();
    if (outcomes == null) {
      outcomes = new ArrayList<>();
      for (TableState state : states) {
        if (state.kind != TableClass.NO_MOVEMENT) {
          long from = state.kind == TableClass.COMPENSATED_AT_HEAD ? state.head - 1 : state.head;
          outcomes.add(new RecoverySidecar.Outcome(state.pin.tableKey(), from, state.pinned));
        }
      }
      sidecar = sidecar.withRollbackOutcomes(outcomes);
      directory.writeSidecar(sidecar);
    }
    Map<String, TableEntry> expected = new TreeMap<>();
    Map<String, TableEntry> restored = new TreeMap<>();
    for (TableState state : states) {
      if (state.kind == TableClass.NO_MOVEMENT) {
        continue;
      }
      long version = state.kind == TableClass.COMPENSATED_AT_HEAD ? state.head : LanceHistory.restore(allocator, state.uri, state.pinned);
      expected.put(state.pin.tableKey(), state.published);
      restored.put(state.pin.tableKey(), state.published.at(version, state.pin.tableBranch()));
      Failpoints.hit(Failpoint.POST_RESTORE_PRE_PUBLISH);
    }
    publisher.publish(new GraphPublisher.Publish(branchOf(sidecar), sidecar.rollbackCommitId(), ACTOR, WriteEngine.nowMicros(),
        "roll back interrupted " + sidecar.writerKind().toLowerCase() + " " + sidecar.operationId(), null, null, expected, restored));
    return finish(sidecar, "RolledBack", sidecar.rollbackCommitId(), outcomes, Result.ROLLED_BACK);
  }

  /** Records the audit row once per (operation, kind), then deletes the sidecar. */
  private Result finish(RecoverySidecar sidecar, String kind, String commitId, List<RecoverySidecar.Outcome> outcomes, Result result) {
    Failpoints.hit(Failpoint.RECORD_AUDIT);
    boolean recorded = RecoveryAuditTable.read(allocator, directory.root()).stream()
        .anyMatch(row -> row.operationId().equals(sidecar.operationId()) && row.kind().equals(kind));
    if (!recorded) {
      RecoveryAuditTable.append(allocator, directory.root(), new RecoveryAuditTable.Row(commitId, kind, sidecar.lineage().actor(),
          sidecar.operationId(), sidecar.writerKind(), encode(outcomes == null ? List.of() : outcomes), WriteEngine.nowMicros()));
    }
    directory.deleteSidecar(sidecar.operationId());
    return result;
  }

  private static List<RecoverySidecar.Outcome> forwardOutcomes(RecoverySidecar sidecar) {
    List<RecoverySidecar.Outcome> out = new ArrayList<>();
    for (RecoverySidecar.TablePin pin : sidecar.tables()) {
      out.add(new RecoverySidecar.Outcome(pin.tableKey(), pin.expectedVersion(),
          pin.confirmedVersion() == null ? pin.expectedVersion() + 1 : pin.confirmedVersion()));
    }
    return out;
  }

  private TableState classify(RecoverySidecar.TablePin pin, GraphManifest manifest) {
    TableEntry published = manifest.table(pin.tableKey());
    String uri = directory.tableUri(published.at(published.version(), pin.tableBranch()));
    long pinned = published.version();
    if (!java.util.Objects.equals(published.branch(), pin.tableBranch())) {
      // A first touch not published: the write's line is its fork, which starts at the inherited version.
      pinned = pin.expectedVersion();
      if (!LanceBranches.exists(allocator, directory.tableUri(pin.tablePath()), pin.tableBranch())) {
        return new TableState(pin, published, uri, pinned, pinned, TableClass.NO_MOVEMENT);
      }
    }
    long head = LanceHistory.head(allocator, uri);
    TableClass kind;
    if (head < pinned) {
      kind = TableClass.INVARIANT_VIOLATION;
    } else if (head == pinned) {
      kind = TableClass.NO_MOVEMENT;
    } else if (isOurs(uri, head, pin)) {
      kind = TableClass.OWN_AT_HEAD;
    } else {
      Optional<LanceHistory.Commit> top = LanceHistory.commitAt(allocator, uri, head);
      boolean restoresPin = top.isPresent() && top.get().restore() && head - 1 > pinned && isOurs(uri, head - 1, pin);
      if (restoresPin && head - 1 == pin.expectedVersion() + 1) {
        kind = TableClass.COMPENSATED_AT_HEAD;
      } else {
        boolean buried = false;
        for (long v = pinned + 1; v < head && !buried; v++) {
          buried = isOurs(uri, v, pin);
        }
        kind = buried ? TableClass.BURIED : TableClass.FOREIGN;
      }
    }
    return new TableState(pin, published, uri, pinned, head, kind);
  }

  private boolean isOurs(String uri, long version, RecoverySidecar.TablePin pin) {
    return LanceHistory.commitAt(allocator, uri, version).map(c -> c.uuid().equals(pin.plannedUuid())).orElse(false);
  }

  private static String encode(Object value) {
    try {
      return JSON.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new OmniGraphException(ErrorCode.INTERNAL_ERROR, null, "cannot encode recovery outcomes: " + e.getMessage(), e);
    }
  }

  /**
   * One pinned table as recovery found it: {@code published} is the manifest's pin, {@code uri}
   * the Lance line the write committed to, {@code pinned} where that line stood for the write.
   */
  private record TableState(RecoverySidecar.TablePin pin, TableEntry published, String uri, long pinned, long head, TableClass kind) {}
}
