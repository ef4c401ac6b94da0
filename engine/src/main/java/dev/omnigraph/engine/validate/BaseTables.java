package dev.omnigraph.engine.validate;

import dev.omnigraph.compiler.schema.GraphType;
import dev.omnigraph.compiler.schema.NodeType;
import dev.omnigraph.compiler.schema.PropType;
import dev.omnigraph.compiler.schema.ScalarType;
import dev.omnigraph.compiler.schema.TableColumns;
import dev.omnigraph.engine.arrow.ArrowValues;
import dev.omnigraph.engine.lance.LanceTable;
import dev.omnigraph.engine.scan.ResidentTable;
import dev.omnigraph.engine.scan.TableStore;
import dev.omnigraph.engine.storage.GraphManifest;
import dev.omnigraph.engine.storage.TableEntry;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.apache.arrow.vector.VectorSchemaRoot;

/**
 * The committed rows of every table at one base manifest, as a write reads them while it is
 * prepared: a resident table ({@link TableStore#resident}) is read from memory, probing its id
 * index when a filter pins {@code id} or a single String {@code @key}; a larger table is scanned
 * by Lance with the filter pushed when {@link RowFilter#lanceSql} renders it, and an
 * {@code IN} filter is split into chunks of {@value #IN_CHUNK} values. Every returned row is a
 * full stored row ({@link TableColumns} order) that passed the filter.
 *
 * <p>Records the key of every table it reads: the write plan's read set
 * ({@code storage-recovery.md} §9 invariant 7). Not thread-safe; one per prepare attempt.
 */
public final class BaseTables {
  /** Values per {@code IN (...)} filter given to one Lance scan. */
  static final int IN_CHUNK = 512;

  private final TableStore store;
  private final GraphManifest base;
  private final Set<String> readSet = new TreeSet<>();

  public BaseTables(TableStore store, GraphManifest base) {
    this.store = store;
    this.base = base;
  }

  /** The keys ({@code node:Person}) of the tables read so far, sorted. */
  public Set<String> readSet() {
    return Set.copyOf(readSet);
  }

  /** Calls {@code sink} with every committed row of {@code type} that passes {@code filter} (null: all rows). */
  public void scan(GraphType type, RowFilter filter, Consumer<Object[]> sink) {
    readSet.add(type.tableKey());
    TableEntry entry = base.table(type.tableKey());
    ResidentTable resident = store.resident(type, entry);
    if (resident != null) {
      scanResident(type, resident, filter, sink);
    } else if (filter instanceof RowFilter.In in && in.values().size() > IN_CHUNK) {
      List<?> values = new ArrayList<>(in.values());
      for (int from = 0; from < values.size(); from += IN_CHUNK) {
        Set<Object> chunk = new HashSet<>(values.subList(from, Math.min(values.size(), from + IN_CHUNK)));
        scanLance(type, entry, new RowFilter.In(in.column(), chunk), sink);
      }
    } else {
      scanLance(type, entry, filter, sink);
    }
  }

  /** The committed rows of {@code type} that pass {@code filter}, in table order. */
  public List<Object[]> rows(GraphType type, RowFilter filter) {
    List<Object[]> out = new ArrayList<>();
    scan(type, filter, out::add);
    return out;
  }

  /** Which of {@code ids} are stored in {@code type}'s table. */
  public Set<String> existingIds(GraphType type, Collection<String> ids) {
    Set<String> out = new HashSet<>();
    if (!ids.isEmpty()) {
      scan(type, new RowFilter.In("id", new HashSet<>(ids)), row -> out.add((String) row[0]));
    }
    return out;
  }

  /** Every id stored in {@code type}'s table; reads only the {@code id} column. */
  public Set<String> allIds(GraphType type) {
    readSet.add(type.tableKey());
    TableEntry entry = base.table(type.tableKey());
    ResidentTable resident = store.resident(type, entry);
    if (resident != null) {
      return resident.ids();
    }
    Set<String> out = new HashSet<>();
    try (LanceTable.Scan scan = store.table(entry).scan(List.of("id"), null, null)) {
      while (scan.next()) {
        VectorSchemaRoot batch = scan.batch();
        for (int r = 0; r < batch.getRowCount(); r++) {
          out.add((String) ArrowValues.read(batch.getVector(0), r, TableColumns.types(type).get(0)));
        }
      }
    }
    return out;
  }

  private static void scanResident(GraphType type, ResidentTable table, RowFilter filter, Consumer<Object[]> sink) {
    Predicate<Object[]> test = filter == null ? row -> true : filter.predicate(type);
    Collection<?> probes = probes(type, filter);
    if (probes != null) {
      for (Object id : probes) {
        int row = id instanceof String s ? table.rowOf(s) : -1;
        if (row >= 0) {
          Object[] values = row(table, row);
          if (test.test(values)) {
            sink.accept(values);
          }
        }
      }
      return;
    }
    for (int row = 0; row < table.rowCount(); row++) {
      Object[] values = row(table, row);
      if (test.test(values)) {
        sink.accept(values);
      }
    }
  }

  /** The ids a filter pins through the id index ({@code id = / IN}, or {@code =} on a single String key), or null. */
  private static Collection<?> probes(GraphType type, RowFilter filter) {
    if (filter instanceof RowFilter.In in && in.column().equals("id")) {
      return in.values();
    }
    if (filter instanceof RowFilter.Compare compare && compare.op().equals("=") && compare.value() instanceof String) {
      boolean keyColumn = compare.column().equals("id") || (type instanceof NodeType node && node.key().size() == 1
          && node.key().get(0).equals(compare.column()) && isPlainString(type, compare.column()));
      return keyColumn ? List.of(compare.value()) : null;
    }
    return null;
  }

  private static boolean isPlainString(GraphType type, String column) {
    PropType columnType = TableColumns.types(type).get(TableColumns.indexOf(type, column));
    return !columnType.list() && columnType.scalar() == ScalarType.STRING;
  }

  private static Object[] row(ResidentTable table, int row) {
    Object[] values = new Object[table.columnNames().size()];
    for (int c = 0; c < values.length; c++) {
      values[c] = table.column(c)[row];
    }
    return values;
  }

  private void scanLance(GraphType type, TableEntry entry, RowFilter filter, Consumer<Object[]> sink) {
    List<String> names = TableColumns.names(type);
    List<PropType> types = TableColumns.types(type);
    Predicate<Object[]> test = filter == null ? row -> true : filter.predicate(type);
    String pushed = filter == null ? null : filter.lanceSql(type);
    try (LanceTable.Scan scan = store.table(entry).scan(names, pushed, null)) {
      while (scan.next()) {
        VectorSchemaRoot batch = scan.batch();
        for (int r = 0; r < batch.getRowCount(); r++) {
          Object[] values = new Object[names.size()];
          for (int c = 0; c < values.length; c++) {
            values[c] = ArrowValues.read(batch.getVector(c), r, types.get(c));
          }
          if (test.test(values)) {
            sink.accept(values);
          }
        }
      }
    }
  }
}
