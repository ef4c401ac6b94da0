package dev.omnigraph.engine;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * A least-recently-used map of planned statements, at most {@code capacity} entries: what the
 * query, SQL and mutation caches of a graph keep. A miss plans outside the lock (two threads may
 * plan the same text at once; the later result is kept), and only a value that was planned
 * without an error is kept. Thread-safe.
 *
 * @param <K> the key: the statement text and whatever else selects the plan
 * @param <V> the planned statement
 */
final class PlanLru<K, V> {
  private final Map<K, V> entries;

  /** @param capacity the most entries kept, at least 1 */
  PlanLru(int capacity) {
    this.entries = new LinkedHashMap<>(64, 0.75f, true) {
      private static final long serialVersionUID = 1L;

      @Override
      protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
        return size() > capacity;
      }
    };
  }

  /**
   * The value kept for {@code key}, else {@code plan}'s, which is then kept.
   *
   * @throws RuntimeException whatever {@code plan} throws; nothing is kept then
   */
  V get(K key, Supplier<V> plan) {
    synchronized (entries) {
      V cached = entries.get(key);
      if (cached != null) {
        return cached;
      }
    }
    V planned = plan.get();
    synchronized (entries) {
      entries.put(key, planned);
    }
    return planned;
  }
}
