package dev.omnigraph.engine.branch;

import dev.omnigraph.compiler.diag.ErrorCode;
import dev.omnigraph.compiler.diag.OmniGraphException;
import dev.omnigraph.compiler.schema.Catalog;
import dev.omnigraph.engine.failpoint.Failpoint;
import dev.omnigraph.engine.failpoint.Failpoints;
import dev.omnigraph.engine.lance.LanceBranches;
import dev.omnigraph.engine.load.Ulid;
import dev.omnigraph.engine.scan.TableStore;
import dev.omnigraph.engine.storage.GraphCommit;
import dev.omnigraph.engine.storage.GraphDirectory;
import dev.omnigraph.engine.storage.GraphManifest;
import dev.omnigraph.engine.storage.TableEntry;
import dev.omnigraph.engine.write.WriteGates;
import dev.omnigraph.engine.write.WriteOutcome;
import dev.omnigraph.engine.write.WriteRequest;
import dev.omnigraph.engine.write.WriterKind;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * Branch control of one graph ({@code storage-recovery.md} §1.10, §5.1, §5.3): create a branch
 * from a branch or a commit (no data is copied; each table forks on its first write on the
 * branch), delete one, list them, take a snapshot at a commit, and merge one branch into another
 * as one two-parent graph commit.
 */
public final class Branches {
  private final GraphDirectory directory;
  private final Catalog catalog;
  private final TableStore store;
  private final CommitHistory history;

  /** Branch control of the graph at {@code directory}, reading tables through {@code store}. */
  public Branches(GraphDirectory directory, Catalog catalog, TableStore store) {
    this.directory = directory;
    this.catalog = catalog;
    this.store = store;
    this.history = new CommitHistory(directory);
  }

  /** The commit history of the graph. */
  public CommitHistory history() {
    return history;
  }

  /** Every branch, {@code main} first; the hidden branches of open transactions are not listed. */
  public List<String> list() {
    return directory.branchNames().stream().filter(name -> !name.startsWith(TRANSACTION_PREFIX)).toList();
  }

  /** The name prefix of the hidden branch a transaction writes to. */
  public static final String TRANSACTION_PREFIX = "__txn-";

  /**
   * Creates the hidden branch of a new transaction at {@code from}'s head.
   *
   * @return the branch's name
   */
  public String createTransactionBranch(String from) {
    String name = TRANSACTION_PREFIX + Ulid.next().toLowerCase(java.util.Locale.ROOT);
    GraphManifest created = directory.readManifest(from).forkAs(name, Ulid.next());
    try (WriteGates.Held ignored = WriteGates.acquire(directory.root(), name, List.of())) {
      directory.createBranch(created);
    }
    return name;
  }

  /**
   * Creates branch {@code name} at {@code from}: a branch name (its current head) or a commit id.
   *
   * @return the new branch's manifest
   * @throws OmniGraphException {@code INVALID_PARAMETER} for a bad name; {@code ALREADY_EXISTS};
   *     {@code NOT_FOUND} when {@code from} is neither a branch nor a commit
   */
  public GraphManifest create(String name, String from) {
    BranchNames.validateNew(name);
    GraphManifest source;
    if (directory.hasBranch(from)) {
      source = directory.readManifest(from);
    } else if (history.exists(from)) {
      source = snapshot(from);
    } else {
      throw new OmniGraphException(ErrorCode.NOT_FOUND, null, "'" + from + "' is neither a branch nor a commit");
    }
    GraphManifest created = source.forkAs(name, Ulid.next());
    try (WriteGates.Held ignored = WriteGates.acquire(directory.root(), name, List.of())) {
      Failpoints.hit(Failpoint.BRANCH_CREATE);
      directory.createBranch(created);
    }
    return created;
  }

  /**
   * Deletes branch {@code name} and, best-effort, the table forks it owns.
   *
   * @return the deleted branch's last manifest, so caches of its forks can be dropped
   * @throws OmniGraphException {@code INVALID_PARAMETER} for {@code main}; {@code NOT_FOUND};
   *     {@code WRITE_CONFLICT} when another branch still reads tables this one forked
   */
  public GraphManifest delete(String name) {
    if (GraphManifest.MAIN.equals(name)) {
      throw new OmniGraphException(ErrorCode.INVALID_PARAMETER, null, "branch 'main' cannot be deleted");
    }
    try (WriteGates.Held ignored = WriteGates.acquire(directory.root(), name, List.copyOf(catalogKeys()))) {
      GraphManifest manifest = directory.readManifest(name);
      for (String other : directory.branchNames()) {
        if (other.equals(name)) {
          continue;
        }
        GraphManifest dependent = directory.readManifest(other);
        boolean based = dependent.basedOn().contains(manifest.incarnation())
            || dependent.tables().values().stream().anyMatch(e -> Objects.equals(e.branch(), manifest.incarnation()));
        if (based) {
          throw new OmniGraphException(ErrorCode.WRITE_CONFLICT, null, "branch '" + name + "' cannot be deleted: branch '" + other
              + "' was created from it and still reads its tables");
        }
      }
      directory.deleteBranch(manifest);
      Failpoints.hit(Failpoint.BRANCH_DELETE_POST_MANIFEST);
      for (TableEntry entry : manifest.tables().values()) {
        if (Objects.equals(entry.branch(), manifest.incarnation())) {
          try {
            LanceBranches.delete(store.allocator(), directory.tableUri(entry.path()), entry.branch());
          } catch (OmniGraphException e) {
            // Best-effort: an orphan fork is unreferenced by every manifest and only costs space.
            System.getLogger(Branches.class.getName()).log(System.Logger.Level.WARNING, e.getMessage());
          }
        }
      }
      return manifest;
    }
  }

  /**
   * The graph as commit {@code commitId} published it: a manifest for reads only.
   *
   * @throws OmniGraphException {@code NOT_FOUND} for an unknown commit
   */
  public GraphManifest snapshot(String commitId) {
    GraphCommit commit = history.commit(commitId);
    return new GraphManifest(GraphManifest.FORMAT_VERSION, commit.graphVersion(), commit.id(), commit.branch(), null, commit.tables());
  }

  /**
   * Merges branch {@code source} into branch {@code target} ({@code storage-recovery.md} §5.3):
   * nothing when the target already holds the source's head; otherwise a three-way row merge
   * over the merge base, validated like any write and published through {@code write} as one
   * commit whose parents are the target's head and the source's head.
   *
   * @throws OmniGraphException {@code INVALID_PARAMETER} for a merge into itself; {@code NOT_FOUND}
   *     for an unknown branch; {@link MergeConflictException} listing every conflicting row;
   *     {@code CONSTRAINT_VIOLATION} when the merged graph would break a constraint;
   *     {@code WRITE_CONFLICT} when the target moved during the merge. Nothing is written on error.
   */
  public MergeResult merge(String source, String target, String actor, Function<WriteRequest, WriteOutcome> write) {
    return merge(source, target, actor, "merge " + source + " into " + target, write);
  }

  /** As {@link #merge(String, String, String, Function)}, with the commit message given. */
  public MergeResult merge(String source, String target, String actor, String message, Function<WriteRequest, WriteOutcome> write) {
    if (source.equals(target)) {
      throw new OmniGraphException(ErrorCode.INVALID_PARAMETER, null, "cannot merge branch '" + source + "' into itself");
    }
    GraphManifest sourceState = directory.readManifest(source);
    GraphManifest targetState = directory.readManifest(target);
    if (Objects.equals(sourceState.headCommit(), targetState.headCommit())) {
      return new MergeResult(MergeResult.Outcome.ALREADY_UP_TO_DATE, null, java.util.Map.of());
    }
    String base = history.mergeBase(sourceState.headCommit(), targetState.headCommit());
    if (base.equals(sourceState.headCommit())) {
      return new MergeResult(MergeResult.Outcome.ALREADY_UP_TO_DATE, null, java.util.Map.of());
    }
    MergeResult.Outcome outcome = base.equals(targetState.headCommit()) ? MergeResult.Outcome.FAST_FORWARD : MergeResult.Outcome.MERGED;
    GraphManifest baseState = snapshot(base);
    ThreeWayMerge merger = new ThreeWayMerge(catalog, store);
    ThreeWayMerge.Result[] result = new ThreeWayMerge.Result[1];
    WriteOutcome written = write.apply(new WriteRequest(target, WriterKind.BRANCH_MERGE, actor, message,
        false, sourceState.headCommit(), current -> {
          if (!Objects.equals(current.headCommit(), targetState.headCommit())) {
            throw new OmniGraphException(ErrorCode.WRITE_CONFLICT, null, "branch '" + target + "' moved while merging '" + source
                + "' into it; nothing was merged, retry the merge");
          }
          result[0] = merger.merge(baseState, sourceState, current);
          if (!result[0].conflicts().isEmpty()) {
            throw new MergeConflictException(source, target, result[0].conflicts());
          }
          return result[0].plan();
        }));
    return new MergeResult(outcome, written.commitId(), result[0].changedRows());
  }

  private List<String> catalogKeys() {
    List<String> keys = new java.util.ArrayList<>();
    catalog.nodeTypes().forEach(t -> keys.add(t.tableKey()));
    catalog.edgeTypes().forEach(t -> keys.add(t.tableKey()));
    return keys;
  }
}
