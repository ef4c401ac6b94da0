package dev.omnigraph.engine.lance;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.memory.RootAllocator;
import org.apache.arrow.vector.types.pojo.ArrowType;
import org.apache.arrow.vector.types.pojo.Field;
import org.apache.arrow.vector.types.pojo.FieldType;
import org.apache.arrow.vector.types.pojo.Schema;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A superseded table handle closes only once retired, idle and past its grace period. */
class LanceTableRetireTest {
  @TempDir
  Path dir;

  @Test
  void aRetiredHandleClosesOnlyWhenNoScanIsOpen() {
    try (BufferAllocator allocator = new RootAllocator()) {
      String uri = dir.resolve("t").toString();
      LanceTable.create(allocator, uri, new Schema(List.of(new Field("id", new FieldType(false, ArrowType.Utf8.INSTANCE, null), null))));
      LanceTable table = LanceTable.open(allocator, uri, 1);
      assertThat(table.closeIfIdle(0)).as("not retired").isFalse();
      table.retire();
      LanceTable.Scan scan = table.scan(List.of("id"), null, null);
      assertThat(table.closeIfIdle(0)).as("a scan is open").isFalse();
      assertThat(table.closeIfIdle(Long.MAX_VALUE)).isFalse();
      scan.close();
      assertThat(table.closeIfIdle(Long.MAX_VALUE)).as("within the grace period").isFalse();
      assertThat(table.closeIfIdle(0)).isTrue();
    }
  }
}
