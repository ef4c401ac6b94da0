package dev.omnigraph.engine.write;

import dev.omnigraph.compiler.schema.ArrowSchemas;
import dev.omnigraph.compiler.schema.PropType;
import dev.omnigraph.engine.arrow.ArrowValues;
import dev.omnigraph.engine.lance.LanceTable;
import dev.omnigraph.engine.lance.StagedFragments;
import dev.omnigraph.compiler.schema.TableColumns;
import dev.omnigraph.engine.scan.TableStore;
import dev.omnigraph.engine.storage.GraphDirectory;
import dev.omnigraph.engine.storage.GraphManifest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.VectorSchemaRoot;

/**
 * The write path of an append: stage every table's rows as uncommitted Lance fragments, commit
 * each table, then publish one new graph version in the manifest. Nothing is visible to readers
 * until the manifest is replaced; a failure before that leaves the graph as it was (orphaned
 * fragments or table versions are unreferenced by the manifest).
 *
 * <p>Callers serialize writes to one graph (the {@link dev.omnigraph.engine.Graph} write lock).
 */
public final class StagedWriter {
  private final GraphDirectory directory;
  private final TableStore tables;

  public StagedWriter(GraphDirectory directory, TableStore tables) {
    this.directory = directory;
    this.tables = tables;
  }

  /**
   * Appends {@code writes} on top of {@code base} and publishes the result.
   *
   * @return the published manifest
   */
  public GraphManifest append(GraphManifest base, List<TableWrite> writes) {
    Map<String, StagedFragments> staged = new LinkedHashMap<>();
    for (TableWrite write : writes) {
      if (write.rows().isEmpty()) {
        continue;
      }
      LanceTable table = tables.table(base.table(write.type().tableKey()));
      try (VectorSchemaRoot batch = toBatch(write)) {
        staged.put(write.type().tableKey(), table.stage(tables.allocator(), batch));
      }
    }
    if (staged.isEmpty()) {
      return base;
    }
    Map<String, Long> versions = new LinkedHashMap<>();
    staged.forEach((key, fragments) -> versions.put(key, tables.table(base.table(key)).commitAppend(fragments)));
    GraphManifest next = base.publish(versions);
    directory.publish(next);
    return next;
  }

  private VectorSchemaRoot toBatch(TableWrite write) {
    VectorSchemaRoot root = VectorSchemaRoot.create(ArrowSchemas.tableSchema(write.type()), tables.allocator());
    try {
      root.allocateNew();
      List<PropType> types = TableColumns.types(write.type());
      List<Object[]> rows = write.rows();
      for (int c = 0; c < types.size(); c++) {
        FieldVector vector = root.getVector(c);
        PropType type = types.get(c);
        for (int r = 0; r < rows.size(); r++) {
          ArrowValues.write(vector, r, rows.get(r)[c], type);
        }
        vector.setValueCount(rows.size());
      }
      root.setRowCount(rows.size());
      return root;
    } catch (RuntimeException e) {
      root.close();
      throw e;
    }
  }
}
