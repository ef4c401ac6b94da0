package dev.omnigraph.engine.lance;

import java.util.Optional;
import org.apache.arrow.memory.BufferAllocator;
import org.lance.Dataset;
import org.lance.ReadOptions;
import org.lance.Transaction;
import org.lance.operation.Restore;

/**
 * What recovery asks of a table's Lance history ({@code storage-recovery.md} §4.4): the latest
 * version (HEAD), which transaction produced a version, and compensation by restore (§4.7).
 */
public final class LanceHistory {
  private LanceHistory() {}

  /** The transaction that produced one version of a table. */
  public record Commit(long version, String uuid, long readVersion, boolean restore) {}

  /**
   * The latest version of the table at {@code uri} (its Lance HEAD).
   *
   * @throws dev.omnigraph.compiler.diag.OmniGraphException {@code STORAGE_ERROR} when it cannot be opened
   */
  public static long head(BufferAllocator allocator, String uri) {
    try (Dataset dataset = Dataset.open(uri, allocator)) {
      return dataset.latestVersion();
    } catch (RuntimeException e) {
      throw LanceTable.storageError("read the latest version of " + uri, e);
    }
  }

  /**
   * The transaction recorded for {@code version}; empty when Lance kept none (version 1 of a
   * dataset created without one).
   */
  public static Optional<Commit> commitAt(BufferAllocator allocator, String uri, long version) {
    try (Dataset dataset = Dataset.open(allocator, uri, new ReadOptions.Builder().setVersion(version).build())) {
      Optional<Transaction> transaction = dataset.readTransaction();
      return transaction.map(t -> {
        try (t) {
          return new Commit(version, t.uuid(), t.readVersion(), t.operation() instanceof Restore);
        }
      });
    } catch (RuntimeException e) {
      throw LanceTable.storageError("read the transaction of " + uri + " at version " + version, e);
    }
  }

  /**
   * Commits a new version of the table whose content equals {@code version}'s (Lance restore).
   *
   * @return the new HEAD version
   */
  public static long restore(BufferAllocator allocator, String uri, long version) {
    try (Dataset dataset = Dataset.open(allocator, uri, new ReadOptions.Builder().setVersion(version).build())) {
      dataset.restore();
      return dataset.latestVersion();
    } catch (RuntimeException e) {
      throw LanceTable.storageError("restore " + uri + " to version " + version, e);
    }
  }
}
