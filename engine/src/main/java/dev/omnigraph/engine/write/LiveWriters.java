package dev.omnigraph.engine.write;

import dev.omnigraph.compiler.diag.ErrorCode;
import dev.omnigraph.compiler.diag.OmniGraphException;
import dev.omnigraph.engine.storage.RecoverySidecar;
import java.util.Collection;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Telling a sidecar whose writer may still be running (in another process, inside its effect
 * window of a few milliseconds) from one whose writer is gone. A write that meets a sidecar waits
 * up to {@link #WAIT_NANOS} for it to be retired before it reports the graph blocked, unless this
 * process knows the writer failed ({@link #abandon}).
 */
public final class LiveWriters {
  /** How long a write waits for another writer's sidecar to be retired. */
  public static final long WAIT_NANOS = 3_000_000_000L;

  private static final Set<String> ABANDONED = ConcurrentHashMap.newKeySet();

  private LiveWriters() {}

  /** Records that the write of sidecar {@code operationId} failed in this process: nobody will retire it but recovery. */
  public static void abandon(String operationId) {
    ABANDONED.add(operationId);
  }

  /** True when some of {@code sidecars} may belong to a writer that is still running. */
  public static boolean mayBeLive(Collection<RecoverySidecar> sidecars) {
    return sidecars.stream().anyMatch(s -> !ABANDONED.contains(s.operationId()));
  }

  /** True when some of the sidecars named by {@code operationIds} may belong to a running writer. */
  public static boolean mayBeLiveIds(Collection<String> operationIds) {
    return operationIds.stream().anyMatch(id -> !ABANDONED.contains(id));
  }

  /** Sleeps one polling interval. */
  public static void pause() {
    try {
      Thread.sleep(20);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new OmniGraphException(ErrorCode.RECOVERY_REQUIRED, null, "interrupted while waiting for another writer's recovery sidecar");
    }
  }
}
