package dev.omnigraph.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.omnigraph.compiler.diag.ErrorCode;
import dev.omnigraph.compiler.diag.OmniGraphException;
import dev.omnigraph.engine.arrow.ArrowValues;
import dev.omnigraph.engine.lance.LanceTable;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A query that is one Lance scan hands over the scan's record batches ({@link ResultCursor#hasArrowBatches()}),
 * holding exactly the rows {@code next()} gives, with limits applied; anything Java still has to
 * evaluate or convert (a residual filter, an expression, a sort, a resident table) keeps to rows.
 */
class BatchedCursorIT {
  private static final int ROWS = 20_000;

  @TempDir
  static Path dir;
  static Graph lance;
  static Graph resident;

  @BeforeAll
  static void load() {
    Graph.init(dir.resolve("g"), "node Item {\n  name: String @key\n  n: I64\n  price: F64?\n  stock: I32\n  day: Date\n"
        + "  at: DateTime?\n  tags: [String]?\n  flag: Bool\n}\n", "items.pg").close();
    StringBuilder jsonl = new StringBuilder();
    for (int i = 0; i < ROWS; i++) {
      jsonl.append("{\"type\":\"Item\",\"data\":{\"name\":\"item-").append(i).append("\",\"n\":").append(i)
          .append(i % 5 == 0 ? "" : ",\"price\":" + (i / 4.0)).append(",\"stock\":").append(i % 700)
          .append(",\"day\":\"2024-0").append(1 + i % 9).append("-1").append(i % 10).append('"')
          .append(i % 3 == 0 ? "" : ",\"at\":\"2024-05-06T07:08:0" + (i % 10) + "Z\"")
          .append(i % 4 == 0 ? "" : ",\"tags\":[\"a\",\"b" + i + "\"]").append(",\"flag\":").append(i % 2 == 0).append("}}\n");
    }
    try (Graph writer = Graph.open(dir.resolve("g"))) {
      writer.load(jsonl.toString(), "items.jsonl");
    }
    lance = Graph.open(dir.resolve("g"), 0);
    resident = Graph.open(dir.resolve("g"));
  }

  @AfterAll
  static void close() {
    lance.close();
    resident.close();
  }

  /** Every row of the batches, values read as the engine reads them. */
  private static List<List<Object>> drainBatches(ResultCursor cursor) {
    List<List<Object>> rows = new ArrayList<>();
    for (VectorSchemaRoot batch = cursor.nextArrowBatch(); batch != null; batch = cursor.nextArrowBatch()) {
      assertThat(batch.getRowCount()).isBetween(1, LanceTable.SCAN_BATCH_ROWS);
      for (int r = 0; r < batch.getRowCount(); r++) {
        Object[] row = new Object[cursor.columns().size()];
        for (int c = 0; c < row.length; c++) {
          row[c] = ArrowValues.read(batch.getVector(c), r, cursor.columns().get(c).type());
        }
        rows.add(Arrays.asList(row));
      }
    }
    return rows;
  }

  private static boolean batched(Graph graph, String sql) {
    try (ResultCursor cursor = graph.prepareSql(sql).open(Map.of())) {
      return cursor.hasArrowBatches();
    }
  }

  @Test
  void aPlainScanHandsOverItsBatchesHoldingTheRowsNextWouldGive() {
    for (String sql : List.of("SELECT * FROM \"Item\"", "SELECT \"stock\", \"name\" FROM \"Item\" WHERE \"n\" >= 15000",
        "SELECT \"name\", \"price\" FROM \"Item\" FETCH FIRST 9000 ROWS ONLY")) {
      QueryResult rows = lance.prepareSql(sql).execute(Map.of());
      try (ResultCursor cursor = lance.prepareSql(sql).open(Map.of())) {
        assertThat(cursor.hasArrowBatches()).as(sql).isTrue();
        assertThat(drainBatches(cursor)).as(sql).isEqualTo(rows.rowsAsLists());
        assertThat(cursor.nextArrowBatch()).isNull();
      }
    }
    try (ResultCursor cursor = lance.prepare("query q() { match { $i: Item } return { $i.name, $i.tags } }", "<test>", null)
        .open(Map.of())) {
      assertThat(cursor.hasArrowBatches()).isTrue();
      assertThat(drainBatches(cursor)).hasSize(ROWS);
    }
  }

  @Test
  void whatJavaStillEvaluatesOrConvertsIsHandedOverAsRows() {
    assertThat(batched(lance, "SELECT \"name\" FROM \"Item\" WHERE \"n\" % 7 = 0")).as("a residual filter").isFalse();
    assertThat(batched(lance, "SELECT \"n\" + 1 FROM \"Item\"")).as("an expression").isFalse();
    assertThat(batched(lance, "SELECT \"name\" FROM \"Item\" ORDER BY \"n\" DESC")).as("a sort").isFalse();
    assertThat(batched(lance, "SELECT CAST(\"stock\" AS BIGINT) AS s FROM \"Item\"")).as("a cast").isFalse();
    assertThat(batched(resident, "SELECT * FROM \"Item\"")).as("a resident table").isFalse();
    try (ResultCursor cursor = lance.prepareSql("SELECT * FROM \"Item\"").open(Map.of())) {
      assertThat(cursor.next()).isNotNull();
      assertThat(cursor.hasArrowBatches()).as("once rows were read").isFalse();
      assertThatThrownBy(cursor::nextArrowBatch).isInstanceOf(IllegalStateException.class);
    }
  }

  @Test
  void aCancelStopsTheBatchesAndClosingEarlyFreesThem() {
    long before = lance.tables().allocator().getAllocatedMemory();
    try (ResultCursor cursor = lance.prepareSql("SELECT * FROM \"Item\"").open(Map.of())) {
      assertThat(cursor.nextArrowBatch()).isNotNull();
      cursor.cancel();
      assertThatThrownBy(cursor::nextArrowBatch).isInstanceOf(OmniGraphException.class)
          .satisfies(e -> assertThat(((OmniGraphException) e).code()).isEqualTo(ErrorCode.CANCELLED));
      assertThat(cursor.nextArrowBatch()).as("a failed cursor is closed").isNull();
    }
    ResultCursor cursor = lance.prepareSql("SELECT * FROM \"Item\"").open(Map.of());
    assertThat(cursor.nextArrowBatch()).isNotNull();
    assertThat(lance.tables().allocator().getAllocatedMemory()).isGreaterThan(before);
    cursor.close();
    assertThat(lance.tables().allocator().getAllocatedMemory()).isEqualTo(before);
  }
}
