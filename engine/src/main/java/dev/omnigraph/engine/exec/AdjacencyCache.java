package dev.omnigraph.engine.exec;

import dev.omnigraph.compiler.schema.EdgeType;
import dev.omnigraph.engine.lance.LanceTable;
import dev.omnigraph.engine.scan.ResidentTable;
import dev.omnigraph.engine.scan.TableStore;
import dev.omnigraph.engine.storage.TableEntry;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.arrow.vector.VarCharVector;
import org.apache.arrow.vector.VectorSchemaRoot;

/**
 * Adjacency indexes keyed by (edge table path, Lance version, direction). A table version never
 * changes, so an index is built once and reused by every query that reads that version.
 * Thread-safe.
 */
public final class AdjacencyCache {
  private final TableStore tables;
  private final Map<String, AdjacencyIndex> indexes = new ConcurrentHashMap<>();

  public AdjacencyCache(TableStore tables) {
    this.tables = tables;
  }

  AdjacencyIndex index(EdgeType edge, TableEntry entry, boolean forward) {
    String key = entry.path() + "@" + entry.version() + (forward ? ">" : "<");
    return indexes.computeIfAbsent(key, k -> build(edge, entry, forward));
  }

  private AdjacencyIndex build(EdgeType edge, TableEntry entry, boolean forward) {
    ResidentTable resident = tables.resident(edge, entry);
    if (resident != null) {
      Object[] src = resident.column(1);
      Object[] dst = resident.column(2);
      return forward ? AdjacencyIndex.build(src, dst, resident.rowCount()) : AdjacencyIndex.build(dst, src, resident.rowCount());
    }
    List<Object> src = new ArrayList<>();
    List<Object> dst = new ArrayList<>();
    try (LanceTable.Scan scan = tables.table(entry).scan(List.of("src", "dst"), null, null)) {
      while (scan.next()) {
        VectorSchemaRoot batch = scan.batch();
        VarCharVector s = (VarCharVector) batch.getVector(0);
        VarCharVector d = (VarCharVector) batch.getVector(1);
        for (int i = 0; i < batch.getRowCount(); i++) {
          src.add(new String(s.get(i), java.nio.charset.StandardCharsets.UTF_8));
          dst.add(new String(d.get(i), java.nio.charset.StandardCharsets.UTF_8));
        }
      }
    }
    Object[] from = (forward ? src : dst).toArray();
    Object[] to = (forward ? dst : src).toArray();
    return AdjacencyIndex.build(from, to, from.length);
  }
}
