package dev.omnigraph.engine.write;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The process-wide write gates of every graph root ({@code storage-recovery.md} §3.4): a branch
 * gate per (root, branch) and a table gate per (root, branch, table key), always taken in the
 * order branch, then tables sorted by key, by writers and recovery alike. Every handle of one
 * root in this process shares them, so a graph's effect windows (commit, confirm, publish) run
 * one at a time while preparation overlaps. They are not a cross-process lock; the manifest
 * compare-and-swap is.
 */
public final class WriteGates {
  private static final ConcurrentHashMap<String, ReentrantLock> LOCKS = new ConcurrentHashMap<>();

  private WriteGates() {}

  /** Held gates; closing releases them in reverse order. */
  public static final class Held implements AutoCloseable {
    private final List<ReentrantLock> locks;

    private Held(List<ReentrantLock> locks) {
      this.locks = locks;
    }

    @Override
    public void close() {
      for (int i = locks.size() - 1; i >= 0; i--) {
        locks.get(i).unlock();
      }
    }
  }

  /** Drops the gates of a deleted graph branch, so a process that creates many branches (transactions) does not keep them all. */
  public static void forget(Path root, String branch) {
    LOCKS.keySet().removeIf(k -> k.equals(root + "\u0000branch\u0000" + branch)
        || k.startsWith(root + "\u0000table\u0000" + branch + "\u0000"));
  }

  /**
   * Takes the branch gate of {@code branch} on the graph at {@code root} (absolute, normalized),
   * then the gates of {@code tableKeys} in sorted order, blocking until each is free.
   */
  public static Held acquire(Path root, String branch, Collection<String> tableKeys) {
    List<String> keys = new ArrayList<>();
    keys.add(root + "\u0000branch\u0000" + branch);
    for (String table : new TreeSet<>(tableKeys)) {
      keys.add(root + "\u0000table\u0000" + branch + "\u0000" + table);
    }
    List<ReentrantLock> held = new ArrayList<>();
    try {
      for (String key : keys) {
        ReentrantLock lock = LOCKS.computeIfAbsent(key, k -> new ReentrantLock());
        lock.lock();
        held.add(lock);
      }
    } catch (RuntimeException | Error e) {
      new Held(held).close();
      throw e;
    }
    return new Held(held);
  }
}
