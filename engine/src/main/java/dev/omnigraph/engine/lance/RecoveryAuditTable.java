package dev.omnigraph.engine.lance;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.vector.TimeStampMicroTZVector;
import org.apache.arrow.vector.VarCharVector;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.ipc.ArrowReader;
import org.apache.arrow.vector.types.TimeUnit;
import org.apache.arrow.vector.types.pojo.ArrowType;
import org.apache.arrow.vector.types.pojo.Field;
import org.apache.arrow.vector.types.pojo.FieldType;
import org.apache.arrow.vector.types.pojo.Schema;
import org.lance.Dataset;
import org.lance.Fragment;
import org.lance.Transaction;
import org.lance.WriteParams;
import org.lance.CommitBuilder;
import org.lance.ipc.LanceScanner;
import org.lance.ipc.ScanOptions;
import org.lance.operation.Append;

/**
 * The recovery audit log, the Lance dataset {@code _graph_commit_recoveries.lance}
 * ({@code storage-recovery.md} §1.6): one row per completed recovery action, created on first use.
 */
public final class RecoveryAuditTable {
  /** The dataset directory under the graph root. */
  public static final String PATH = "_graph_commit_recoveries.lance";

  private static final WriteParams WRITE_PARAMS =
      new WriteParams.Builder().withEnableStableRowIds(true).withDataStorageVersion("2.2").build();

  private static final Schema SCHEMA = new Schema(List.of(
      utf8("graph_commit_id", true),
      utf8("recovery_kind", false),
      utf8("recovery_for_actor", true),
      utf8("operation_id", false),
      utf8("sidecar_writer_kind", false),
      utf8("per_table_outcomes_json", false),
      new Field("created_at", new FieldType(false, new ArrowType.Timestamp(TimeUnit.MICROSECOND, "UTC"), null), null)));

  private RecoveryAuditTable() {}

  /**
   * One audit row.
   *
   * @param graphCommitId the lineage commit the recovery published (the writer's own id on an exact roll-forward)
   * @param kind {@code RolledForward} or {@code RolledBack}
   * @param forActor the interrupted writer's actor, or null
   * @param operationId the sidecar's operation id
   * @param writerKind the sidecar's writer kind
   * @param outcomesJson {@code [{"table_key","from_version","to_version"}]}
   * @param createdAtMicros when the recovery finished
   */
  public record Row(String graphCommitId, String kind, String forActor, String operationId, String writerKind,
      String outcomesJson, long createdAtMicros) {}

  /**
   * Appends {@code row}, creating the dataset when absent.
   *
   * @throws dev.omnigraph.compiler.diag.OmniGraphException {@code STORAGE_ERROR}
   */
  public static void append(BufferAllocator allocator, Path root, Row row) {
    String uri = root.resolve(PATH).toString();
    try {
      if (!Files.exists(root.resolve(PATH))) {
        Dataset.create(allocator, uri, SCHEMA, WRITE_PARAMS).close();
      }
      try (VectorSchemaRoot batch = VectorSchemaRoot.create(SCHEMA, allocator)) {
        batch.allocateNew();
        String[] text = {row.graphCommitId(), row.kind(), row.forActor(), row.operationId(), row.writerKind(), row.outcomesJson()};
        for (int c = 0; c < text.length; c++) {
          VarCharVector vector = (VarCharVector) batch.getVector(c);
          if (text[c] == null) {
            vector.setNull(0);
          } else {
            vector.setSafe(0, text[c].getBytes(StandardCharsets.UTF_8));
          }
          vector.setValueCount(1);
        }
        TimeStampMicroTZVector created = (TimeStampMicroTZVector) batch.getVector(6);
        created.setSafe(0, row.createdAtMicros());
        created.setValueCount(1);
        batch.setRowCount(1);
        var fragments = Fragment.create(uri, allocator, batch, WRITE_PARAMS);
        try (Dataset dataset = Dataset.open(uri, allocator)) {
          Transaction transaction = new Transaction.Builder().readVersion(dataset.version())
              .operation(Append.builder().fragments(fragments).build()).build();
          new CommitBuilder(dataset).skipAutoCleanup(true).execute(transaction).close();
        }
      }
    } catch (RuntimeException e) {
      throw LanceTable.storageError("append to the recovery audit " + uri, e);
    }
  }

  /** Every audit row in insertion order; empty when the dataset does not exist yet. */
  public static List<Row> read(BufferAllocator allocator, Path root) {
    List<Row> rows = new ArrayList<>();
    if (!Files.exists(root.resolve(PATH))) {
      return rows;
    }
    String uri = root.resolve(PATH).toString();
    try (Dataset dataset = Dataset.open(uri, allocator);
         LanceScanner scanner = dataset.newScan(new ScanOptions.Builder().build());
         ArrowReader reader = scanner.scanBatches()) {
      while (reader.loadNextBatch()) {
        VectorSchemaRoot batch = reader.getVectorSchemaRoot();
        for (int i = 0; i < batch.getRowCount(); i++) {
          rows.add(new Row(text(batch, "graph_commit_id", i), text(batch, "recovery_kind", i), text(batch, "recovery_for_actor", i),
              text(batch, "operation_id", i), text(batch, "sidecar_writer_kind", i), text(batch, "per_table_outcomes_json", i),
              ((TimeStampMicroTZVector) batch.getVector("created_at")).get(i)));
        }
      }
      return rows;
    } catch (Exception e) {
      throw LanceTable.storageError("read the recovery audit " + uri, e instanceof RuntimeException r ? r : new RuntimeException(e));
    }
  }

  private static String text(VectorSchemaRoot batch, String column, int row) {
    VarCharVector vector = (VarCharVector) batch.getVector(column);
    return vector.isNull(row) ? null : new String(vector.get(row), StandardCharsets.UTF_8);
  }

  private static Field utf8(String name, boolean nullable) {
    return new Field(name, new FieldType(nullable, ArrowType.Utf8.INSTANCE, null), null);
  }
}
