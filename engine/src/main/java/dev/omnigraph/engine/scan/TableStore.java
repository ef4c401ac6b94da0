package dev.omnigraph.engine.scan;

import dev.omnigraph.compiler.schema.GraphType;
import dev.omnigraph.engine.lance.LanceTable;
import dev.omnigraph.engine.storage.GraphDirectory;
import dev.omnigraph.engine.storage.TableEntry;
import java.util.Map;
import java.util.Set;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.arrow.memory.BufferAllocator;

/**
 * Open Lance tables and resident tables of one graph, cached by (path, version). Because a Lance
 * version never changes, cached entries are always valid.
 *
 * <p>Open handles of older versions stay open until the store closes, because a query that started
 * before a write may still be scanning them; resident copies of older versions are dropped as soon
 * as a newer version is made resident (the garbage collector frees them once no query holds them).
 *
 * <p>Tables of at most {@link #residentRowLimit()} rows are made resident on first read; larger
 * ones are always scanned through Lance with the pushed columns, filter and limit. Thread-safe.
 */
public final class TableStore implements AutoCloseable {
  private final GraphDirectory directory;
  private final BufferAllocator allocator;
  private final long residentRowLimit;
  private final Map<String, LanceTable> open = new ConcurrentHashMap<>();
  private final Map<String, ResidentTable> resident = new ConcurrentHashMap<>();

  /**
   * @param residentRowLimit tables with at most this many rows are held in memory; 0 disables it
   */
  public TableStore(GraphDirectory directory, BufferAllocator allocator, long residentRowLimit) {
    this.directory = directory;
    this.allocator = allocator;
    this.residentRowLimit = residentRowLimit;
  }

  /** The allocator every scan and write of this graph uses. */
  public BufferAllocator allocator() {
    return allocator;
  }

  /** The row limit under which tables become resident. */
  public long residentRowLimit() {
    return residentRowLimit;
  }

  /** The Lance table of {@code entry}, opened at its version. */
  public LanceTable table(TableEntry entry) {
    String key = entry.cacheKey();
    LanceTable table = open.get(key);
    if (table != null) {
      return table;
    }
    synchronized (this) {
      table = open.get(key);
      if (table == null) {
        table = LanceTable.open(allocator, directory.tableUri(entry), entry.version());
        open.put(key, table);
        retireOlder(entry);
      }
      return table;
    }
  }

  /** Open versions of one table line kept before older ones are retired. */
  private static final int VERSIONS_KEPT = 2;

  /** How long a retired handle stays open after its last scan, for readers that fetched it just before. */
  private static final long RETIRE_GRACE_NANOS = 30_000_000_000L;

  /**
   * Retires the handles of {@code entry}'s line older than the newest {@link #VERSIONS_KEPT}, and
   * closes retired handles that have been idle for the grace period, so a long-running process
   * does not keep one open dataset per version it ever wrote. Called holding this store's lock.
   */
  private void retireOlder(TableEntry entry) {
    String prefix = entry.lineKey() + "@";
    java.util.List<Long> versions = open.keySet().stream().filter(k -> k.startsWith(prefix))
        .map(k -> Long.parseLong(k.substring(prefix.length()))).sorted(java.util.Comparator.reverseOrder()).toList();
    for (int i = VERSIONS_KEPT; i < versions.size(); i++) {
      open.get(prefix + versions.get(i)).retire();
    }
    open.entrySet().removeIf(e -> e.getValue().closeIfIdle(RETIRE_GRACE_NANOS));
  }

  /**
   * Keeps {@code table}, just committed as {@code entry}'s version, for later reads, so the next
   * read or write of that version does not open it again. Closes {@code table} when that version
   * is already open.
   */
  public void adopt(TableEntry entry, LanceTable table) {
    String key = entry.cacheKey();
    synchronized (this) {
      if (open.putIfAbsent(key, table) != null) {
        table.close();
      } else {
        retireOlder(entry);
      }
    }
  }

  /**
   * Derives the resident copy of {@code after} from the resident copy of {@code before}, when
   * there is one, by applying a write's change ({@link ResidentTable#after}); otherwise does
   * nothing (the next read loads {@code after} from Lance when it is small enough).
   */
  public void advanceResident(GraphType type, TableEntry before, TableEntry after, Set<String> removed, List<Object[]> puts,
      boolean overwrite) {
    ResidentTable old = resident.get(before.cacheKey());
    if (old == null || old.rowCount() + puts.size() > residentRowLimit) {
      return;
    }
    ResidentTable next = old.after(removed, puts, overwrite);
    synchronized (this) {
      resident.keySet().removeIf(k -> k.startsWith(after.lineKey() + "@"));
      resident.put(after.cacheKey(), next);
    }
  }

  /**
   * Forgets the table lines forked for Lance branch {@code lanceBranch}, a deleted graph
   * branch's: drops their resident copies and retires their open handles (closed once idle).
   */
  public synchronized void forgetBranch(String lanceBranch) {
    String marker = "#" + lanceBranch + "@";
    resident.keySet().removeIf(k -> k.contains(marker));
    open.forEach((k, table) -> {
      if (k.contains(marker)) {
        table.retire();
      }
    });
  }

  /** The table held in memory, or null when it is larger than the resident limit. */
  public ResidentTable resident(GraphType type, TableEntry entry) {
    String key = entry.cacheKey();
    ResidentTable table = resident.get(key);
    if (table != null) {
      return table;
    }
    LanceTable lance = table(entry);
    if (lance.rowCount() > residentRowLimit) {
      return null;
    }
    synchronized (this) {
      table = resident.get(key);
      if (table == null) {
        table = ResidentTable.load(type, lance);
        resident.keySet().removeIf(k -> k.startsWith(entry.lineKey() + "@") && !k.equals(key));
        resident.put(key, table);
      }
      return table;
    }
  }

  @Override
  public synchronized void close() {
    open.values().forEach(LanceTable::close);
    open.clear();
    resident.clear();
  }
}
