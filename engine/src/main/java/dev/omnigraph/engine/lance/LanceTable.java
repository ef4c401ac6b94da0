package dev.omnigraph.engine.lance;

import dev.omnigraph.compiler.diag.ErrorCode;
import dev.omnigraph.compiler.diag.OmniGraphException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.vector.UInt8Vector;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.ipc.ArrowReader;
import org.apache.arrow.vector.types.pojo.Schema;
import org.lance.CommitBuilder;
import org.lance.Dataset;
import org.lance.Fragment;
import org.lance.FragmentMetadata;
import org.lance.ReadOptions;
import org.lance.Transaction;
import org.lance.WriteParams;
import org.lance.ipc.LanceScanner;
import org.lance.ipc.ScanOptions;
import org.lance.operation.Append;
import org.lance.operation.Operation;
import org.lance.operation.Update;

/**
 * One Lance dataset (a node or edge table) opened at one version. The only class that talks to
 * the Lance SDK; everything above it sees Arrow readers and {@link StagedFragments}.
 *
 * <p>A table at a version is immutable, so scans may run from several threads at once.
 */
public final class LanceTable implements AutoCloseable {
  /** Ids per {@code id IN (...)} filter when locating rows to remove. */
  private static final int ID_FILTER_CHUNK = 512;

  /** Parameters of every dataset and fragment we write ({@code pg-schema.md} §3.4). */
  private static final WriteParams WRITE_PARAMS =
      new WriteParams.Builder().withEnableStableRowIds(true).withDataStorageVersion("2.2").build();

  private final String uri;
  private final Dataset dataset;
  /** The most rows in one record batch of a {@link #scan}: what a streaming reader holds at once. */
  public static final int SCAN_BATCH_ROWS = 8192;

  private final java.util.concurrent.atomic.AtomicInteger activeScans = new java.util.concurrent.atomic.AtomicInteger();
  private volatile long retiredAtNanos;

  private LanceTable(String uri, Dataset dataset) {
    this.uri = uri;
    this.dataset = dataset;
  }

  /**
   * Creates an empty dataset at {@code uri} with {@code schema}; its first version is 1.
   *
   * @throws OmniGraphException {@code STORAGE_ERROR} when Lance cannot create it
   */
  public static long create(BufferAllocator allocator, String uri, Schema schema) {
    try (Dataset dataset = Dataset.create(allocator, uri, schema, WRITE_PARAMS)) {
      return dataset.version();
    } catch (RuntimeException e) {
      throw storageError("create table " + uri, e);
    }
  }

  /**
   * Opens the dataset at {@code uri} as of {@code version}.
   *
   * @throws OmniGraphException {@code STORAGE_ERROR} when the dataset or version is missing
   */
  public static LanceTable open(BufferAllocator allocator, String uri, long version) {
    try {
      return new LanceTable(uri, Dataset.open(allocator, uri, new ReadOptions.Builder().setVersion(version).build()));
    } catch (RuntimeException e) {
      throw storageError("open table " + uri + " at version " + version, e);
    }
  }

  /** The version this handle reads. */
  public long version() {
    return dataset.version();
  }

  /** The number of rows at this version. */
  public long rowCount() {
    return dataset.countRows();
  }

  /**
   * Scans the table with Lance doing the work it can: only {@code columns} are read, rows failing
   * {@code filter} (a Lance SQL predicate, or null) are dropped, and at most {@code limit} rows
   * (null for all) are returned, in record batches of at most {@link #SCAN_BATCH_ROWS} rows. The
   * caller closes the returned {@link Scan}.
   */
  public Scan scan(List<String> columns, String filter, Long limit) {
    ScanOptions.Builder options = new ScanOptions.Builder().columns(columns).batchSize(SCAN_BATCH_ROWS);
    if (filter != null) {
      options.filter(filter);
    }
    if (limit != null) {
      options.limit(limit);
    }
    try {
      LanceScanner scanner = dataset.newScan(options.build());
      activeScans.incrementAndGet();
      return new Scan(this, scanner, scanner.scanBatches());
    } catch (RuntimeException e) {
      throw storageError("scan " + uri + (filter == null ? "" : " with filter " + filter), e);
    }
  }

  /**
   * Stages one transaction that removes the stored rows whose {@code id} is in {@code removeIds}
   * and adds the rows of {@code additions} (null for none), read at this handle's version. With
   * {@code overwrite} the table's whole content becomes {@code additions} and {@code removeIds}
   * is ignored. Removals are deletion files on the affected fragments, so the cost follows the
   * changed rows, not the table size. Nothing becomes visible until {@link #commitExact}.
   *
   * @throws OmniGraphException {@code STORAGE_ERROR} when Lance cannot write the files
   */
  public StagedTransaction stage(BufferAllocator allocator, Set<String> removeIds, VectorSchemaRoot additions, boolean overwrite) {
    return stage(allocator, removeIds, additions, overwrite, UUID.randomUUID().toString());
  }

  /** As {@link #stage(BufferAllocator, Set, VectorSchemaRoot, boolean)}, with the transaction uuid minted by the caller. */
  public StagedTransaction stage(BufferAllocator allocator, Set<String> removeIds, VectorSchemaRoot additions, boolean overwrite,
      String uuid) {
    try {
      List<FragmentMetadata> added = additions == null || additions.getRowCount() == 0
          ? List.of() : Fragment.create(uri, allocator, additions, WRITE_PARAMS);
      long addedRows = additions == null ? 0 : additions.getRowCount();
      if (overwrite) {
        // An Update that removes every fragment: the content of an Overwrite, without the schema
        // export through which Lance 7.0's Java Overwrite leaks Arrow memory.
        List<Long> all = dataset.getFragments().stream().map(f -> (long) f.getId()).toList();
        Operation operation = Update.builder().removedFragmentIds(all).updatedFragments(List.of()).newFragments(added).build();
        return new StagedTransaction(uri, version(), uuid, operation, addedRows, dataset.countRows());
      }
      Map<Integer, List<Integer>> offsets = rowOffsets(removeIds);
      if (offsets.isEmpty()) {
        return new StagedTransaction(uri, version(), uuid, Append.builder().fragments(added).build(), addedRows, 0);
      }
      List<FragmentMetadata> updated = new ArrayList<>();
      List<Long> removed = new ArrayList<>();
      long removedRows = 0;
      for (Map.Entry<Integer, List<Integer>> entry : offsets.entrySet()) {
        removedRows += entry.getValue().size();
        FragmentMetadata after = dataset.getFragment(entry.getKey()).deleteRows(entry.getValue());
        if (after == null) {
          removed.add((long) entry.getKey());
        } else {
          updated.add(after);
        }
      }
      Operation operation = Update.builder().removedFragmentIds(removed).updatedFragments(updated).newFragments(added).build();
      return new StagedTransaction(uri, version(), uuid, operation, addedRows, removedRows);
    } catch (RuntimeException e) {
      throw storageError("stage a change to " + uri, e);
    }
  }

  /**
   * Fragment id to the offsets, within it, of the rows whose id is in {@code ids}: found by
   * {@code id IN (...)} scans, except that ids outside the Basic Multilingual Plane are matched
   * in Java over a scan of the id column, because the JNI string transfer cannot carry them
   * into a Lance filter.
   */
  private Map<Integer, List<Integer>> rowOffsets(Set<String> ids) {
    Map<Integer, List<Integer>> offsets = new TreeMap<>();
    List<String> filterable = new ArrayList<>();
    Set<String> matchedHere = new java.util.HashSet<>();
    for (String id : ids) {
      if (id.codePoints().allMatch(Character::isBmpCodePoint)) {
        filterable.add(id);
      } else {
        matchedHere.add(id);
      }
    }
    for (int from = 0; from < filterable.size(); from += ID_FILTER_CHUNK) {
      collectAddresses(LanceSql.idIn(filterable.subList(from, Math.min(filterable.size(), from + ID_FILTER_CHUNK))), null, offsets);
    }
    if (!matchedHere.isEmpty()) {
      collectAddresses(null, matchedHere, offsets);
    }
    offsets.values().forEach(java.util.Collections::sort);
    return offsets;
  }

  /** Adds the addresses of rows passing {@code filter} and, when {@code ids} is given, whose id is in it. */
  private void collectAddresses(String filter, Set<String> ids, Map<Integer, List<Integer>> offsets) {
    ScanOptions.Builder options = new ScanOptions.Builder().columns(List.of("id")).withRowAddress(true);
    if (filter != null) {
      options.filter(filter);
    }
    try (LanceScanner scanner = dataset.newScan(options.build()); ArrowReader reader = scanner.scanBatches()) {
      while (reader.loadNextBatch()) {
        VectorSchemaRoot batch = reader.getVectorSchemaRoot();
        UInt8Vector addresses = (UInt8Vector) batch.getVector("_rowaddr");
        org.apache.arrow.vector.VarCharVector idColumn = (org.apache.arrow.vector.VarCharVector) batch.getVector("id");
        for (int i = 0; i < batch.getRowCount(); i++) {
          if (ids == null || ids.contains(new String(idColumn.get(i), java.nio.charset.StandardCharsets.UTF_8))) {
            long address = addresses.get(i);
            offsets.computeIfAbsent((int) (address >>> 32), k -> new ArrayList<>()).add((int) address);
          }
        }
      }
    } catch (Exception e) {
      throw storageError("find rows to remove in " + uri, e instanceof RuntimeException r ? r : new RuntimeException(e));
    }
  }

  /**
   * Commits a staged transaction with no retry and no rebase, then proves it landed exactly:
   * as version {@code readVersion + 1} with the planned uuid ({@code storage-recovery.md} §3.7,
   * §9 invariant 9).
   *
   * @return the table opened at the new version (the caller owns it)
   * @throws CommitConflictException when Lance refused the commit because the table moved (no effect landed)
   * @throws OmniGraphException {@code RECOVERY_REQUIRED} when a commit landed but not exactly as planned;
   *     {@code STORAGE_ERROR} for other failures
   */
  public LanceTable commitExact(StagedTransaction staged) {
    if (!staged.uri().equals(uri) || staged.readVersion() != version()) {
      throw new IllegalArgumentException("a transaction staged for " + staged.uri() + "@" + staged.readVersion()
          + " cannot commit to " + uri + "@" + version());
    }
    Transaction transaction = new Transaction.Builder().readVersion(staged.readVersion()).uuid(staged.uuid())
        .operation(staged.operation()).build();
    Dataset committed;
    try {
      committed = new CommitBuilder(dataset).maxRetries(0).skipAutoCleanup(true).execute(transaction);
    } catch (RuntimeException e) {
      if (version() != latestVersion()) {
        throw new CommitConflictException(uri, staged.readVersion(), e);
      }
      throw storageError("commit to " + uri, e);
    }
    try {
      long version = committed.version();
      String landed = committed.readTransaction().map(t -> {
        try (t) {
          return t.uuid();
        }
      }).orElse(null);
      if (version != staged.readVersion() + 1 || !staged.uuid().equals(landed)) {
        throw new OmniGraphException(ErrorCode.RECOVERY_REQUIRED, null, "the commit to " + uri + " landed as version " + version
            + " (transaction " + landed + "), not as planned (" + (staged.readVersion() + 1) + ", " + staged.uuid() + ")");
      }
      return new LanceTable(uri, committed);
    } catch (RuntimeException e) {
      committed.close();
      throw e;
    }
  }

  /**
   * The table's latest version (its Lance HEAD), which may be past the version this handle reads.
   *
   * @throws OmniGraphException {@code STORAGE_ERROR}
   */
  public long latestVersion() {
    try {
      return dataset.latestVersion();
    } catch (RuntimeException e) {
      throw storageError("read the latest version of " + uri, e);
    }
  }

  @Override
  public void close() {
    dataset.close();
  }

  /**
   * Marks this handle as superseded by a newer version of its table: {@link #closeIfIdle} may
   * then close it once no scan is open on it and {@code graceNanos} have passed, time for any
   * reader that fetched the handle just before to finish with it.
   */
  public void retire() {
    if (retiredAtNanos == 0) {
      retiredAtNanos = System.nanoTime();
    }
  }

  /** Closes a retired handle that has had no open scan for {@code graceNanos}; true when it closed it. */
  public boolean closeIfIdle(long graceNanos) {
    long retired = retiredAtNanos;
    if (retired == 0 || activeScans.get() > 0 || System.nanoTime() - retired < graceNanos) {
      return false;
    }
    close();
    return true;
  }

  static OmniGraphException storageError(String what, RuntimeException cause) {
    String message = cause.getMessage() == null ? cause.toString() : cause.getMessage().lines().findFirst().orElse("");
    return new OmniGraphException(ErrorCode.STORAGE_ERROR, null, "cannot " + what + ": " + message, cause);
  }

  /** An open scan: Arrow record batches, closed together with the Lance scanner. */
  public static final class Scan implements AutoCloseable {
    private final LanceTable owner;
    private final LanceScanner scanner;
    private final ArrowReader reader;

    Scan(LanceTable owner, LanceScanner scanner, ArrowReader reader) {
      this.owner = owner;
      this.scanner = scanner;
      this.reader = reader;
    }

    /** Loads the next batch into {@link #batch()}; false at the end. */
    public boolean next() {
      try {
        return reader.loadNextBatch();
      } catch (java.io.IOException e) {
        throw new OmniGraphException(ErrorCode.STORAGE_ERROR, null, "scan failed: " + e.getMessage(), e);
      }
    }

    /** The current batch; valid until the next call to {@link #next()}. */
    public VectorSchemaRoot batch() {
      try {
        return reader.getVectorSchemaRoot();
      } catch (java.io.IOException e) {
        throw new OmniGraphException(ErrorCode.STORAGE_ERROR, null, "scan failed: " + e.getMessage(), e);
      }
    }

    @Override
    public void close() {
      owner.activeScans.decrementAndGet();
      try {
        reader.close();
        scanner.close();
      } catch (Exception e) {
        throw new OmniGraphException(ErrorCode.STORAGE_ERROR, null, "closing a scan failed: " + e.getMessage(), e);
      }
    }
  }
}
