package dev.omnigraph.engine.write;

import dev.omnigraph.compiler.diag.ErrorCode;
import dev.omnigraph.compiler.diag.OmniGraphException;
import dev.omnigraph.compiler.schema.ArrowSchemas;
import dev.omnigraph.compiler.schema.PropType;
import dev.omnigraph.compiler.schema.TableColumns;
import dev.omnigraph.engine.arrow.ArrowValues;
import dev.omnigraph.engine.failpoint.Failpoint;
import dev.omnigraph.engine.failpoint.Failpoints;
import dev.omnigraph.engine.lance.CommitConflictException;
import dev.omnigraph.engine.lance.LanceBranches;
import dev.omnigraph.engine.lance.LanceTable;
import dev.omnigraph.engine.lance.StagedTransaction;
import dev.omnigraph.engine.load.Ulid;
import dev.omnigraph.engine.scan.TableStore;
import dev.omnigraph.engine.storage.GraphDirectory;
import dev.omnigraph.engine.storage.GraphManifest;
import dev.omnigraph.engine.storage.RecoverySidecar;
import dev.omnigraph.engine.storage.TableEntry;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.VectorSchemaRoot;

/**
 * The staged-write engine every write goes through ({@code storage-recovery.md} §3):
 * <ol>
 *   <li>recovery barrier: heal what an earlier crash left, roll-forward only (§3.2);</li>
 *   <li>prepare against the current manifest and stage one uncommitted Lance transaction per
 *       touched table (§3.3);</li>
 *   <li>take the branch and table gates in sorted order (§3.4), then the graph's exclusive lock
 *       (one effect window at a time across processes), and revalidate: every table of the read
 *       set and every touched table is still at the prepared pin, and every touched table's
 *       Lance HEAD equals its pin (§3.5); otherwise prepare again (retryable writes) or fail
 *       with {@code WRITE_CONFLICT};</li>
 *   <li>arm recovery: write the sidecar (§3.6);</li>
 *   <li>commit each table exactly, then confirm the sidecar (§3.7, the commit point);</li>
 *   <li>publish one graph commit with a compare-and-swap on the head and the pins (§3.8);</li>
 *   <li>delete the sidecar, best-effort (§3.9).</li>
 * </ol>
 * A failure before the sidecar leaves nothing visible; a failure after it is
 * {@code RECOVERY_REQUIRED}, and reopening the graph recovers all or nothing.
 */
public final class WriteEngine {
  /** How many times a retryable write is prepared again before giving up (§3.10). */
  public static final int PREPARE_ATTEMPTS = 32;

  private final GraphDirectory directory;
  private final TableStore tables;
  private final Runnable recoveryBarrier;
  private final GraphPublisher publisher;

  /**
   * @param recoveryBarrier heals what earlier crashes left before each attempt, roll-forward only,
   *     and throws {@code RECOVERY_REQUIRED} while a sidecar stays unresolved (§3.2)
   */
  public WriteEngine(GraphDirectory directory, TableStore tables, Runnable recoveryBarrier) {
    this.directory = directory;
    this.tables = tables;
    this.recoveryBarrier = recoveryBarrier;
    this.publisher = new GraphPublisher(directory);
  }

  /**
   * Runs {@code request}.
   *
   * @throws OmniGraphException what {@code prepare} throws (nothing written); {@code WRITE_CONFLICT}
   *     when another writer changed the read set of a strict write, or a retryable write lost
   *     {@link #PREPARE_ATTEMPTS} times; {@code RECOVERY_REQUIRED} when an unresolved sidecar blocks
   *     the write or the write failed after its first effect
   */
  public WriteOutcome write(WriteRequest request) {
    OmniGraphException lastConflict = null;
    Set<String> pessimistic = null;
    for (int attempt = 0; attempt < PREPARE_ATTEMPTS; attempt++) {
      recoveryBarrier.run();
      // After a lost race, prepare again holding the gates the last attempt needed, so a busy
      // table cannot starve this writer: preparation overlaps only on the first attempt.
      WriteGates.Held early = pessimistic == null ? null : WriteGates.acquire(directory.root(), request.branch(), pessimistic);
      try {
        GraphManifest base = directory.readManifest(request.branch());
        WritePlan plan = request.prepare().apply(base);
        List<TableChange> changes = plan.changes().stream().filter(c -> !c.isEmpty()).toList();
        if (changes.isEmpty()) {
          return request.mergedParent() == null ? new WriteOutcome(base, null, plan, Map.of()) : lineageOnly(request, plan, base);
        }
        Map<String, Staged> staged = stage(base, changes);
        Failpoints.hit(Failpoint.POST_STAGE_PRE_GATES);
        Set<String> gated = new TreeSet<>(plan.readSet());
        gated.addAll(staged.keySet());
        if (early != null && !pessimistic.containsAll(gated)) {
          pessimistic = gated;
          continue;
        }
        try (WriteGates.Held late = early != null ? null : WriteGates.acquire(directory.root(), request.branch(), gated)) {
          WriteOutcome done = directory.exclusively(() -> {
            GraphManifest current = revalidate(request.branch(), base, gated, staged.keySet());
            return current == null ? null : effects(request, plan, current, staged);
          });
          if (done == null) {
            lastConflict = conflict(request, base, directory.readManifest(request.branch()), gated);
            pessimistic = gated;
            continue;
          }
          return done;
        } catch (RetryPrepare retry) {
          lastConflict = retry.conflict;
          pessimistic = gated;
        }
      } finally {
        if (early != null) {
          early.close();
        }
      }
    }
    throw lastConflict;
  }

  /**
   * One table's change, the stored ids it removes, the batch of rows it adds, and its staged
   * transaction: staged at once for a table the branch owns; for a first touch, only after the
   * fork exists (so the files land in the fork's tree), inside the effects.
   */
  private static final class Staged {
    final TableChange change;
    final Set<String> removed;
    StagedTransaction transaction;

    Staged(TableChange change, Set<String> removed) {
      this.change = change;
      this.removed = removed;
    }
  }

  /**
   * A merge whose tables need no change still records its two-parent commit; with no table
   * effect there is nothing to recover, so no sidecar ({@code storage-recovery.md} §3.5 step 5).
   */
  private WriteOutcome lineageOnly(WriteRequest request, WritePlan plan, GraphManifest base) {
    try (WriteGates.Held ignored = WriteGates.acquire(directory.root(), request.branch(), List.of())) {
      String commitId = Ulid.next();
      GraphManifest published = publisher.publish(new GraphPublisher.Publish(request.branch(), commitId, request.actor(), nowMicros(),
          request.message(), base.headCommit(), request.mergedParent(), Map.of(), Map.of()));
      return new WriteOutcome(published, commitId, plan, Map.of());
    }
  }

  /** Stages one transaction per touched table the branch owns, against the tables at {@code base}'s pins. */
  private Map<String, Staged> stage(GraphManifest base, List<TableChange> changes) {
    Map<String, Staged> staged = new TreeMap<>();
    for (TableChange change : changes) {
      String key = change.type().tableKey();
      Set<String> remove = new HashSet<>(change.deletes());
      if (!change.putsAreNew()) {
        for (Object[] row : change.puts()) {
          remove.add((String) row[0]);
        }
      }
      Staged table = new Staged(change, remove);
      if (base.owns(key)) {
        table.transaction = stageOn(tables.table(base.table(key)), table, UUID.randomUUID().toString());
      }
      staged.put(key, table);
    }
    return staged;
  }

  private StagedTransaction stageOn(LanceTable table, Staged change, String uuid) {
    try (VectorSchemaRoot batch = toBatch(change.change)) {
      return table.stage(tables.allocator(), change.removed, batch, change.change.overwrite(), uuid);
    }
  }

  /**
   * The current manifest when nothing {@code gated} moved since {@code base} and every written
   * table's HEAD is its pin; null when the read set changed.
   *
   * @throws OmniGraphException {@code RECOVERY_REQUIRED} for a pending sidecar; {@code STORAGE_ERROR}
   *     for drift no sidecar covers
   */
  private GraphManifest revalidate(String branch, GraphManifest base, Set<String> gated, Set<String> written) {
    // Under the graph's exclusive lock no other writer is inside its effect window, so a sidecar
    // here was left by one that failed or died.
    List<RecoverySidecar> pending = directory.sidecars();
    if (!pending.isEmpty()) {
      throw new OmniGraphException(ErrorCode.RECOVERY_REQUIRED, null, "recovery sidecar " + pending.get(0).operationId()
          + " is unresolved; reopen the graph read-write to recover it");
    }
    GraphManifest current = directory.readManifest(branch);
    if (!java.util.Objects.equals(current.incarnation(), base.incarnation())) {
      throw new OmniGraphException(ErrorCode.WRITE_CONFLICT, null, "branch '" + branch + "' was deleted and created again during the write");
    }
    for (String key : gated) {
      if (!current.table(key).equals(base.table(key))) {
        return null;
      }
    }
    for (String key : written) {
      TableEntry pin = current.table(key);
      if (current.owns(key)) {
        long head = tables.table(pin).latestVersion();
        if (head != pin.version()) {
          throw new OmniGraphException(ErrorCode.STORAGE_ERROR, null, "table " + key + " is at Lance version " + head
              + " but the manifest publishes " + pin.version() + ", and no recovery sidecar covers the difference");
        }
      } else {
        // A fork left by an earlier attempt that never published: no manifest selects it and no
        // sidecar claims it (checked above, under the gates), so it is reclaimed.
        LanceBranches.delete(tables.allocator(), directory.tableUri(pin.path()), current.lanceBranch());
      }
    }
    return current;
  }

  private static OmniGraphException conflict(WriteRequest request, GraphManifest base, GraphManifest now, Set<String> gated) {
    String moved = gated.stream().filter(k -> now.version(k) != base.version(k)).findFirst().orElse("?");
    OmniGraphException conflict = new OmniGraphException(ErrorCode.WRITE_CONFLICT, null, "another write changed " + moved
        + " (version " + base.version(moved) + " -> " + now.version(moved) + ") after this " + request.kind().name().toLowerCase()
        + " read it; nothing was written, retry it");
    if (!request.retryable()) {
      throw conflict;
    }
    return conflict;
  }

  /** Arms recovery, forks first-touch tables, commits every table exactly, confirms, publishes and retires the sidecar. */
  private WriteOutcome effects(WriteRequest request, WritePlan plan, GraphManifest current, Map<String, Staged> staged) {
    long now = nowMicros();
    RecoverySidecar.Lineage lineage = new RecoverySidecar.Lineage(Ulid.next(), request.actor(), now, request.message());
    List<RecoverySidecar.TablePin> pins = new ArrayList<>();
    Map<String, String> uuids = new TreeMap<>();
    staged.forEach((key, table) -> {
      TableEntry pin = current.table(key);
      String uuid = table.transaction != null ? table.transaction.uuid() : UUID.randomUUID().toString();
      uuids.put(key, uuid);
      pins.add(new RecoverySidecar.TablePin(key, pin.path(), pin.version(), uuid, null, pin.branch(), current.lanceBranch()));
    });
    RecoverySidecar sidecar = new RecoverySidecar(RecoverySidecar.SCHEMA_VERSION, Ulid.next(), now, request.branch(),
        request.kind().name(), current.headCommit(), lineage, request.mergedParent(), Ulid.next(), RecoverySidecar.Phase.ARMED, pins, null);
    directory.writeSidecar(sidecar);
    List<Long> versions = new ArrayList<>();
    GraphManifest published;
    try {
      Failpoints.hit(Failpoint.POST_SIDECAR_PRE_COMMIT);
      for (RecoverySidecar.TablePin pin : pins) {
        Staged table = staged.get(pin.tableKey());
        LanceTable target;
        if (pin.firstTouch()) {
          LanceBranches.fork(tables.allocator(), directory.tableUri(pin.tablePath()), pin.expectedBranch(), pin.expectedVersion(),
              pin.tableBranch());
          Failpoints.hit(Failpoint.POST_FORK_PRE_COMMIT);
          target = tables.table(pin.expected().at(pin.expectedVersion(), pin.tableBranch()));
          table.transaction = stageOn(target, table, uuids.get(pin.tableKey()));
        } else {
          target = tables.table(pin.expected());
        }
        LanceTable committed = target.commitExact(table.transaction);
        versions.add(committed.version());
        TableEntry after = pin.expected().at(committed.version(), pin.tableBranch());
        tables.adopt(after, committed);
        tables.advanceResident(table.change.type(), pin.expected(), after, table.removed, table.change.puts(), table.change.overwrite());
        Failpoints.hit(Failpoint.POST_TABLE_COMMIT);
      }
      Failpoints.hit(Failpoint.POST_COMMITS_PRE_CONFIRM);
      RecoverySidecar confirmed = sidecar.confirmed(versions);
      directory.writeSidecar(confirmed);
      Failpoints.hit(Failpoint.POST_CONFIRM_PRE_PUBLISH);
      published = publishConfirmed(confirmed);
    } catch (CommitConflictException e) {
      if (!versions.isEmpty() || pins.stream().anyMatch(RecoverySidecar.TablePin::firstTouch)) {
        throw recoveryRequired(sidecar, e);
      }
      directory.deleteSidecar(sidecar.operationId());
      OmniGraphException conflict = new OmniGraphException(ErrorCode.WRITE_CONFLICT, null, e.getMessage() + "; nothing was written, retry it", e);
      if (!request.retryable()) {
        throw conflict;
      }
      throw new RetryPrepare(conflict);
    } catch (RuntimeException e) {
      throw recoveryRequired(sidecar, e);
    }
    try {
      directory.deleteSidecar(sidecar.operationId());
    } catch (RuntimeException e) {
      // Phase D is best-effort: the write is durable; the next heal finds its outcome visible and retires the sidecar.
      System.getLogger(WriteEngine.class.getName()).log(System.Logger.Level.WARNING,
          "could not delete recovery sidecar " + sidecar.operationId() + ": " + e.getMessage());
    }
    Map<String, Long> tableVersions = new LinkedHashMap<>();
    for (int i = 0; i < pins.size(); i++) {
      tableVersions.put(pins.get(i).tableKey(), versions.get(i));
    }
    return new WriteOutcome(published, lineage.commitId(), plan, tableVersions);
  }

  /**
   * Publishes a confirmed write. When the compare-and-swap fails because another process's
   * recovery already rolled this very write forward (its commit id is published), that is the
   * write's success, not a failure.
   */
  private GraphManifest publishConfirmed(RecoverySidecar confirmed) {
    try {
      return publisher.publish(publishOf(confirmed));
    } catch (OmniGraphException e) {
      if (e.code() != ErrorCode.WRITE_CONFLICT) {
        throw e;
      }
      GraphManifest now = directory.readManifest(confirmed.branch());
      if (publisher.isPublished(now, confirmed.lineage().commitId(), confirmed.expectedHead())) {
        return now;
      }
      throw e;
    }
  }

  /** The publish of a confirmed sidecar's outcome, with its pre-minted lineage (shared with recovery's roll-forward). */
  public static GraphPublisher.Publish publishOf(RecoverySidecar confirmed) {
    Map<String, TableEntry> expected = new TreeMap<>();
    Map<String, TableEntry> next = new TreeMap<>();
    for (RecoverySidecar.TablePin pin : confirmed.tables()) {
      expected.put(pin.tableKey(), pin.expected());
      next.put(pin.tableKey(), pin.confirmed());
    }
    RecoverySidecar.Lineage lineage = confirmed.lineage();
    return new GraphPublisher.Publish(confirmed.branch() == null ? GraphManifest.MAIN : confirmed.branch(), lineage.commitId(),
        lineage.actor(), lineage.createdAtMicros(), lineage.message(), confirmed.expectedHead(), confirmed.mergedParent(), expected, next);
  }

  private static OmniGraphException recoveryRequired(RecoverySidecar sidecar, RuntimeException cause) {
    if (cause instanceof OmniGraphException og && og.code() == ErrorCode.RECOVERY_REQUIRED) {
      return og;
    }
    return new OmniGraphException(ErrorCode.RECOVERY_REQUIRED, null, "the write failed after its first durable effect ("
        + cause.getMessage() + "); recovery sidecar " + sidecar.operationId()
        + " is kept and reopening the graph read-write resolves it", cause);
  }

  /** The current time in microseconds since the epoch. */
  public static long nowMicros() {
    java.time.Instant now = java.time.Instant.now();
    return now.getEpochSecond() * 1_000_000L + now.getNano() / 1_000;
  }

  private VectorSchemaRoot toBatch(TableChange change) {
    VectorSchemaRoot root = VectorSchemaRoot.create(ArrowSchemas.tableSchema(change.type()), tables.allocator());
    try {
      root.allocateNew();
      List<PropType> types = TableColumns.types(change.type());
      List<Object[]> rows = change.puts();
      for (int c = 0; c < types.size(); c++) {
        FieldVector vector = root.getVector(c);
        PropType type = types.get(c);
        for (int r = 0; r < rows.size(); r++) {
          ArrowValues.write(vector, r, rows.get(r)[c], type);
        }
        vector.setValueCount(rows.size());
      }
      root.setRowCount(rows.size());
      return root;
    } catch (RuntimeException e) {
      root.close();
      throw e;
    }
  }

  /** An effect-free conflict of a retryable write: prepare it again. */
  private static final class RetryPrepare extends RuntimeException {
    final OmniGraphException conflict;

    RetryPrepare(OmniGraphException conflict) {
      super(conflict.getMessage(), null, false, false);
      this.conflict = conflict;
    }
  }
}
