package dev.omnigraph.engine.lance;

import dev.omnigraph.compiler.diag.ErrorCode;
import dev.omnigraph.compiler.diag.OmniGraphException;
import java.util.List;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.ipc.ArrowReader;
import org.apache.arrow.vector.types.pojo.Schema;
import org.lance.Dataset;
import org.lance.Fragment;
import org.lance.FragmentMetadata;
import org.lance.ReadOptions;
import org.lance.WriteParams;
import org.lance.ipc.LanceScanner;
import org.lance.ipc.ScanOptions;
import org.lance.operation.Append;

/**
 * One Lance dataset (a node or edge table) opened at one version. The only class that talks to
 * the Lance SDK; everything above it sees Arrow readers and {@link StagedFragments}.
 *
 * <p>A table at a version is immutable, so scans may run from several threads at once.
 */
public final class LanceTable implements AutoCloseable {
  /** Parameters of every dataset and fragment we write ({@code pg-schema.md} §3.4). */
  private static final WriteParams WRITE_PARAMS =
      new WriteParams.Builder().withEnableStableRowIds(true).withDataStorageVersion("2.2").build();

  private final String uri;
  private final Dataset dataset;

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
   * (null for all) are returned. The caller closes the returned {@link Scan}.
   */
  public Scan scan(List<String> columns, String filter, Long limit) {
    ScanOptions.Builder options = new ScanOptions.Builder().columns(columns);
    if (filter != null) {
      options.filter(filter);
    }
    if (limit != null) {
      options.limit(limit);
    }
    try {
      LanceScanner scanner = dataset.newScan(options.build());
      return new Scan(scanner, scanner.scanBatches());
    } catch (RuntimeException e) {
      throw storageError("scan " + uri + (filter == null ? "" : " with filter " + filter), e);
    }
  }

  /**
   * Writes {@code batch} as new fragments that no version references yet: invisible until
   * {@link #commitAppend} publishes them.
   */
  public StagedFragments stage(BufferAllocator allocator, VectorSchemaRoot batch) {
    try {
      List<FragmentMetadata> fragments = Fragment.create(uri, allocator, batch, WRITE_PARAMS);
      return new StagedFragments(uri, fragments, batch.getRowCount());
    } catch (RuntimeException e) {
      throw storageError("stage rows for " + uri, e);
    }
  }

  /**
   * Commits staged fragments as one Lance append transaction read at this handle's version.
   *
   * @return the new version
   */
  public long commitAppend(StagedFragments staged) {
    if (!staged.uri().equals(uri)) {
      throw new IllegalArgumentException("fragments staged for " + staged.uri() + " cannot commit to " + uri);
    }
    try (Dataset committed = dataset.newTransactionBuilder()
        .readVersion(dataset.version())
        .operation(Append.builder().fragments(staged.fragments()).build())
        .build()
        .commit()) {
      return committed.version();
    } catch (RuntimeException e) {
      throw storageError("commit append to " + uri, e);
    }
  }

  @Override
  public void close() {
    dataset.close();
  }

  static OmniGraphException storageError(String what, RuntimeException cause) {
    String message = cause.getMessage() == null ? cause.toString() : cause.getMessage().lines().findFirst().orElse("");
    return new OmniGraphException(ErrorCode.STORAGE_ERROR, null, "cannot " + what + ": " + message, cause);
  }

  /** An open scan: Arrow record batches, closed together with the Lance scanner. */
  public static final class Scan implements AutoCloseable {
    private final LanceScanner scanner;
    private final ArrowReader reader;

    Scan(LanceScanner scanner, ArrowReader reader) {
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
      try {
        reader.close();
        scanner.close();
      } catch (Exception e) {
        throw new OmniGraphException(ErrorCode.STORAGE_ERROR, null, "closing a scan failed: " + e.getMessage(), e);
      }
    }
  }
}
