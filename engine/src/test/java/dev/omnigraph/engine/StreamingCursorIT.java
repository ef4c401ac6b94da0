package dev.omnigraph.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.omnigraph.compiler.diag.ErrorCode;
import dev.omnigraph.compiler.diag.OmniGraphException;
import dev.omnigraph.engine.lance.LanceTable;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Cursors compute rows as they are read: a cancel after the first row stops a scan within one
 * record batch (a materialised result could not notice it), closing early frees the scan's Arrow
 * buffers, and blocking operators still give exact answers over streamed inputs.
 */
class StreamingCursorIT {
  private static final int ROWS = 40_000;

  @TempDir
  static Path dir;
  static Graph lance;
  static Graph resident;

  @BeforeAll
  static void load() {
    Graph.init(dir.resolve("g"), "node Item {\n  name: String @key\n  n: I64\n}\n", "items.pg").close();
    StringBuilder jsonl = new StringBuilder();
    for (int i = 0; i < ROWS; i++) {
      jsonl.append("{\"type\":\"Item\",\"data\":{\"name\":\"item-").append(i).append("\",\"n\":").append(i).append("}}\n");
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

  /** Rows {@code cursor} still yields before it throws, or -1 when it ends without throwing. */
  private static long rowsUntilCancelled(ResultCursor cursor) {
    long rows = 0;
    try {
      while (cursor.next() != null) {
        rows++;
      }
      return -1;
    } catch (OmniGraphException e) {
      assertThat(e.code()).isEqualTo(ErrorCode.CANCELLED);
      return rows;
    }
  }

  @Test
  void cancelStopsALanceScanWithinOneBatch() {
    try (ResultCursor cursor = lance.prepareSql("SELECT \"name\", \"n\" FROM \"Item\"").open(Map.of())) {
      assertThat(cursor.next()).isNotNull();
      cursor.cancel();
      long more = rowsUntilCancelled(cursor);
      assertThat(more).isBetween(0L, (long) LanceTable.SCAN_BATCH_ROWS);
      assertThat(cursor.next()).as("a failed cursor is closed").isNull();
    }
  }

  @Test
  void cancelStopsAResidentScanAndATraversalFreeQuery() {
    try (ResultCursor cursor = resident.prepareSql("SELECT \"name\" FROM \"Item\" WHERE \"n\" >= 0").open(Map.of())) {
      assertThat(cursor.next()).isNotNull();
      cursor.cancel();
      assertThat(rowsUntilCancelled(cursor)).isBetween(0L, 4096L);
    }
    try (ResultCursor cursor = lance.prepare("query q() { match { $i: Item } return { $i.name } }", "<test>", null)
        .open(Map.of())) {
      assertThat(cursor.next()).isNotNull();
      cursor.cancel();
      assertThat(rowsUntilCancelled(cursor)).isBetween(0L, (long) LanceTable.SCAN_BATCH_ROWS);
    }
  }

  @Test
  void unionAllStreamsItsInputsOneAfterTheOther() {
    try (ResultCursor cursor = lance.prepareSql(
        "SELECT \"n\" FROM \"Item\" WHERE \"n\" < 10 UNION ALL SELECT \"n\" FROM \"Item\"").open(Map.of())) {
      for (int i = 0; i < 11; i++) {
        assertThat(cursor.next()).isNotNull();
      }
      cursor.cancel();
      assertThat(rowsUntilCancelled(cursor)).isBetween(0L, (long) LanceTable.SCAN_BATCH_ROWS);
    }
    QueryResult all = lance.prepareSql("SELECT \"n\" FROM \"Item\" WHERE \"n\" < 2 UNION ALL SELECT \"n\" FROM \"Item\" WHERE \"n\" < 3")
        .execute(Map.of());
    assertThat(all.rowsAsLists()).containsExactly(java.util.List.of(0L), java.util.List.of(1L), java.util.List.of(0L),
        java.util.List.of(1L), java.util.List.of(2L));
  }

  @Test
  void closingEarlyFreesTheScanAndItsBuffers() {
    long before = lance.tables().allocator().getAllocatedMemory();
    ResultCursor cursor = lance.prepareSql("SELECT * FROM \"Item\"").open(Map.of());
    assertThat(cursor.next()).isNotNull();
    assertThat(lance.tables().allocator().getAllocatedMemory()).as("one batch is held while reading").isGreaterThan(before);
    cursor.close();
    assertThat(lance.tables().allocator().getAllocatedMemory()).isEqualTo(before);
    assertThat(cursor.next()).isNull();
  }

  @Test
  void aLimitStopsReadingAndBlockingOperatorsSeeEveryRow() {
    QueryResult limited = lance.prepareSql("SELECT \"n\" FROM \"Item\" WHERE \"n\" % 7 = 0 FETCH FIRST 3 ROWS ONLY").execute(Map.of());
    assertThat(limited.rowCount()).isEqualTo(3);
    QueryResult counted = lance.prepareSql("SELECT COUNT(*) AS c, MAX(\"n\") AS m FROM \"Item\"").execute(Map.of());
    assertThat(counted.rowsAsLists()).containsExactly(java.util.List.of((long) ROWS, (long) ROWS - 1));
    QueryResult top = lance.prepareSql("SELECT \"n\" FROM \"Item\" ORDER BY \"n\" DESC OFFSET 1 ROWS FETCH NEXT 2 ROWS ONLY")
        .execute(Map.of());
    assertThat(top.rowsAsLists()).containsExactly(java.util.List.of((long) ROWS - 2), java.util.List.of((long) ROWS - 3));
  }

  @Test
  void aCursorKeepsReadingTheVersionItOpenedAt() {
    try (Graph writer = Graph.open(dir.resolve("g"), 0);
        ResultCursor cursor = writer.prepareSql("SELECT \"n\" FROM \"Item\"").open(Map.of())) {
      assertThat(cursor.next()).isNotNull();
      writer.load("{\"type\":\"Item\",\"data\":{\"name\":\"late\",\"n\":-1}}\n", "late.jsonl");
      long rows = 1;
      while (cursor.next() != null) {
        rows++;
      }
      assertThat(rows).isEqualTo(ROWS);
      writer.mutate("query d() { delete Item where name = \"late\" }", "<test>", null, Map.of());
    }
  }
}
