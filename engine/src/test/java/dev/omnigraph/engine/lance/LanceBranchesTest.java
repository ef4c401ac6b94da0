package dev.omnigraph.engine.lance;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.memory.RootAllocator;
import org.apache.arrow.vector.VarCharVector;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.types.pojo.ArrowType;
import org.apache.arrow.vector.types.pojo.Field;
import org.apache.arrow.vector.types.pojo.FieldType;
import org.apache.arrow.vector.types.pojo.Schema;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Lazy per-table forks: staged writes on a fork, forks of forks, isolation from the parent, deletion. */
class LanceBranchesTest {
  private static final Schema SCHEMA = new Schema(List.of(new Field("id", new FieldType(false, ArrowType.Utf8.INSTANCE, null), null)));

  @TempDir
  Path dir;

  @Test
  void writesOnAForkAndAForkOfAForkStayIsolated() {
    try (BufferAllocator allocator = new RootAllocator()) {
      String base = dir.resolve("t").toString();
      LanceTable.create(allocator, base, SCHEMA);
      long v2 = append(allocator, base, 1, "a");
      LanceBranches.fork(allocator, base, null, v2, "b1");
      String b1 = LanceBranches.uri(base, "b1");
      long b1v = append(allocator, b1, v2, "b");
      assertThat(b1v).isEqualTo(v2 + 1);
      LanceBranches.fork(allocator, base, "b1", b1v, "b2");
      String b2 = LanceBranches.uri(base, "b2");
      long b2v = append(allocator, b2, b1v, "c");
      long mainV = append(allocator, base, v2, "m");

      assertThat(ids(allocator, base, mainV)).containsExactlyInAnyOrder("a", "m");
      assertThat(ids(allocator, b1, b1v)).containsExactlyInAnyOrder("a", "b");
      assertThat(ids(allocator, b2, b2v)).containsExactlyInAnyOrder("a", "b", "c");
      assertThat(LanceHistory.head(allocator, b1)).isEqualTo(b1v);

      LanceBranches.delete(allocator, base, "b2");
      assertThat(LanceBranches.exists(allocator, base, "b2")).isFalse();
      assertThat(LanceBranches.exists(allocator, base, "b1")).isTrue();
      assertThat(ids(allocator, b1, b1v)).containsExactlyInAnyOrder("a", "b");
    }
  }

  private static long append(BufferAllocator allocator, String uri, long version, String id) {
    try (LanceTable table = LanceTable.open(allocator, uri, version); VectorSchemaRoot batch = VectorSchemaRoot.create(SCHEMA, allocator)) {
      VarCharVector vector = (VarCharVector) batch.getVector(0);
      vector.allocateNew();
      vector.setSafe(0, id.getBytes(StandardCharsets.UTF_8));
      vector.setValueCount(1);
      batch.setRowCount(1);
      try (LanceTable committed = table.commitExact(table.stage(allocator, Set.of(), batch, false))) {
        return committed.version();
      }
    }
  }

  private static List<String> ids(BufferAllocator allocator, String uri, long version) {
    List<String> out = new java.util.ArrayList<>();
    try (LanceTable table = LanceTable.open(allocator, uri, version); LanceTable.Scan scan = table.scan(List.of("id"), null, null)) {
      while (scan.next()) {
        VarCharVector vector = (VarCharVector) scan.batch().getVector(0);
        for (int i = 0; i < scan.batch().getRowCount(); i++) {
          out.add(new String(vector.get(i), StandardCharsets.UTF_8));
        }
      }
    }
    return out;
  }
}
