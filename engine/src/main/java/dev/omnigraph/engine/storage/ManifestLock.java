package dev.omnigraph.engine.storage;

import dev.omnigraph.compiler.diag.ErrorCode;
import dev.omnigraph.compiler.diag.OmniGraphException;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * The graph's exclusive lock: an OS file lock on {@code _graph.lock} (held against other
 * processes) taken under a lock shared by every handle of the same root in this process (file
 * locks are per process). A write holds it for its effect window (revalidate, commit, confirm,
 * publish) and recovery while it resolves a sidecar, so writers and recoveries of different
 * processes never interleave their effects; preparation runs outside it. Reentrant within a thread.
 */
final class ManifestLock {
  static final String LOCK_FILE = "_graph.lock";

  private static final ConcurrentHashMap<Path, ReentrantLock> IN_PROCESS = new ConcurrentHashMap<>();

  private ManifestLock() {}

  /** Runs {@code body} holding the publish lock of the graph at {@code root} (an absolute, normalized path). */
  static <T> T run(Path root, Supplier<T> body) {
    ReentrantLock local = IN_PROCESS.computeIfAbsent(root, r -> new ReentrantLock());
    if (local.isHeldByCurrentThread()) {
      return body.get();
    }
    local.lock();
    try (FileChannel channel = FileChannel.open(root.resolve(LOCK_FILE), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
         FileLock ignored = channel.lock()) {
      return body.get();
    } catch (IOException e) {
      throw new OmniGraphException(ErrorCode.STORAGE_ERROR, null, "cannot lock " + root.resolve(LOCK_FILE) + ": " + e.getMessage(), e);
    } finally {
      local.unlock();
    }
  }
}
