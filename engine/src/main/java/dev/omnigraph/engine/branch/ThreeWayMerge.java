package dev.omnigraph.engine.branch;

import dev.omnigraph.compiler.schema.Catalog;
import dev.omnigraph.compiler.schema.GraphType;
import dev.omnigraph.engine.scan.TableStore;
import dev.omnigraph.engine.storage.GraphManifest;
import dev.omnigraph.engine.validate.BaseTables;
import dev.omnigraph.engine.validate.ChangeSet;
import dev.omnigraph.engine.validate.ChangeValidator;
import dev.omnigraph.engine.validate.TableDelta;
import dev.omnigraph.engine.write.WritePlan;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The row-level three-way merge of {@code storage-recovery.md} §5.3, table by table: a table the
 * source did not change is skipped; otherwise every id of base ∪ source ∪ target is decided —
 * source unchanged keeps the target, target unchanged takes the source, equal changes keep the
 * target, and different changes are conflicts. The decided changes are validated against the
 * target like any write (orphan edges, uniqueness, cardinality, values).
 *
 * <p>Reads the three versions of each changed table whole into memory.
 */
final class ThreeWayMerge {
  private final Catalog catalog;
  private final TableStore store;

  ThreeWayMerge(Catalog catalog, TableStore store) {
    this.catalog = catalog;
    this.store = store;
  }

  /** The result: the plan for the target, the changed row counts, or the conflicts. */
  record Result(WritePlan plan, Map<String, Integer> changedRows, List<MergeConflict> conflicts) {}

  /**
   * Merges {@code source} into {@code target} over {@code base}.
   *
   * @throws dev.omnigraph.compiler.diag.OmniGraphException {@code CONSTRAINT_VIOLATION} when the merged graph would break a constraint
   */
  Result merge(GraphManifest base, GraphManifest source, GraphManifest target) {
    BaseTables targetTables = new BaseTables(store, target);
    ChangeSet changes = new ChangeSet();
    Map<String, Integer> changed = new TreeMap<>();
    List<MergeConflict> conflicts = new ArrayList<>();
    List<GraphType> types = new ArrayList<>(catalog.nodeTypes());
    types.addAll(catalog.edgeTypes());
    for (GraphType type : types) {
      String key = type.tableKey();
      if (source.table(key).equals(base.table(key)) || source.table(key).equals(target.table(key))) {
        continue;
      }
      Map<String, Object[]> baseRows = rows(type, base);
      Map<String, Object[]> sourceRows = rows(type, source);
      Map<String, Object[]> targetRows = target.table(key).equals(base.table(key)) ? baseRows : rows(type, target);
      TableDelta delta = changes.table(type);
      int count = 0;
      TreeSet<String> ids = new TreeSet<>(baseRows.keySet());
      ids.addAll(sourceRows.keySet());
      ids.addAll(targetRows.keySet());
      for (String id : ids) {
        Object[] b = baseRows.get(id);
        Object[] s = sourceRows.get(id);
        Object[] t = targetRows.get(id);
        if (same(s, b) || same(s, t)) {
          continue;
        }
        if (same(t, b)) {
          if (s == null) {
            delta.delete(t, null);
          } else {
            delta.put(s, null);
          }
          count++;
        } else {
          MergeConflict.Kind kind = b == null ? MergeConflict.Kind.DIVERGENT_INSERT
              : s == null || t == null ? MergeConflict.Kind.DELETE_VS_UPDATE : MergeConflict.Kind.DIVERGENT_UPDATE;
          conflicts.add(new MergeConflict(key, id, kind, s == null ? null : Arrays.asList(s), t == null ? null : Arrays.asList(t)));
        }
      }
      if (count > 0) {
        changed.put(key, count);
      }
    }
    if (!conflicts.isEmpty()) {
      return new Result(null, changed, conflicts);
    }
    ChangeValidator.validate(catalog, targetTables, changes);
    return new Result(changes.toPlan(targetTables), changed, List.of());
  }

  private Map<String, Object[]> rows(GraphType type, GraphManifest at) {
    Map<String, Object[]> out = new LinkedHashMap<>();
    for (Object[] row : new BaseTables(store, at).rows(type, null)) {
      out.put((String) row[0], row);
    }
    return out;
  }

  private static boolean same(Object[] a, Object[] b) {
    return a == null ? b == null : b != null && Arrays.deepEquals(a, b);
  }
}
