package dev.omnigraph.engine.exec;

import dev.omnigraph.compiler.schema.EdgeType;
import dev.omnigraph.engine.lance.LanceTable;
import dev.omnigraph.engine.scan.ResidentTable;
import dev.omnigraph.engine.scan.TableStore;
import dev.omnigraph.engine.storage.TableEntry;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.arrow.vector.VarCharVector;
import org.apache.arrow.vector.VectorSchemaRoot;

/**
 * Adjacency indexes keyed by (edge table path, Lance line, Lance version) ({@link TableEntry#cacheKey}):
 * two graph branches' forks of one table reach the same version numbers with different rows. A
 * table version never changes, so an index is built once and reused by every query that reads
 * that version; only the newest version of each line is kept. Thread-safe.
 */
public final class AdjacencyCache {
  private final TableStore tables;
  private final Map<String, AdjacencyIndex> indexes = new ConcurrentHashMap<>();

  public AdjacencyCache(TableStore tables) {
    this.tables = tables;
  }

  AdjacencyIndex index(EdgeType edge, TableEntry entry) {
    AdjacencyIndex index = indexes.get(entry.cacheKey());
    if (index == null) {
      index = indexes.computeIfAbsent(entry.cacheKey(), k -> build(edge, entry));
      // One version per Lance line is kept, as for resident tables: every write makes a new
      // version, and a query still reading an older one holds its own reference to it.
      String key = entry.cacheKey();
      indexes.keySet().removeIf(k -> k.startsWith(entry.lineKey() + "@") && !k.equals(key));
    }
    return index;
  }

  /** Drops the indexes of every table line forked for Lance branch {@code lanceBranch} (a deleted graph branch's). */
  public void forgetBranch(String lanceBranch) {
    indexes.keySet().removeIf(k -> k.contains("#" + lanceBranch + "@"));
  }

  private AdjacencyIndex build(EdgeType edge, TableEntry entry) {
    ResidentTable resident = tables.resident(edge, entry);
    if (resident != null) {
      return AdjacencyIndex.build(resident.column(0), resident.column(1), resident.column(2), resident.rowCount());
    }
    List<Object> ids = new ArrayList<>();
    List<Object> src = new ArrayList<>();
    List<Object> dst = new ArrayList<>();
    try (LanceTable.Scan scan = tables.table(entry).scan(List.of("id", "src", "dst"), null, null)) {
      while (scan.next()) {
        VectorSchemaRoot batch = scan.batch();
        for (int c = 0; c < 3; c++) {
          VarCharVector column = (VarCharVector) batch.getVector(c);
          List<Object> out = c == 0 ? ids : c == 1 ? src : dst;
          for (int i = 0; i < batch.getRowCount(); i++) {
            out.add(new String(column.get(i), StandardCharsets.UTF_8));
          }
        }
      }
    }
    return AdjacencyIndex.build(ids.toArray(), src.toArray(), dst.toArray(), ids.size());
  }
}
