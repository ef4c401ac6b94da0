package dev.omnigraph.engine.stored;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.omnigraph.compiler.diag.ErrorCode;
import dev.omnigraph.compiler.diag.OmniGraphException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QueryStoreTest {
  @Test
  void theFileNameIsTheLastSegmentWithGqAppendedWhenMissing() {
    assertThat(QueryStore.fileName("queries/people.gq")).isEqualTo("people.gq");
    assertThat(QueryStore.fileName("C:\\q\\people.gq")).isEqualTo("people.gq");
    assertThat(QueryStore.fileName("people")).isEqualTo("people.gq");
    assertThat(QueryStore.fileName("v1.2_work-items")).isEqualTo("v1.2_work-items.gq");
  }

  @Test
  void namesThatAreNotPlainFileNamesAreRefused() {
    for (String bad : new String[] {"<inline>", "queries/", ".hidden.gq", "a b.gq"}) {
      assertThatThrownBy(() -> QueryStore.fileName(bad))
          .as(bad)
          .isInstanceOfSatisfying(OmniGraphException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.INVALID_PARAMETER));
    }
  }

  @Test
  void writesVerbatimAndListsOnlyGqFilesSortedByName(@TempDir Path root) throws IOException {
    QueryStore store = new QueryStore(root);
    assertThat(store.list()).isEmpty();

    store.write("b.gq", "query b() {}\n// ünïcode\n");
    store.write("a.gq", "first");
    store.write("a.gq", "second");
    Files.writeString(root.resolve("_queries/c.gq.tmp"), "partial");

    assertThat(store.list()).extracting(QueryStore.StoredFile::name, QueryStore.StoredFile::source)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("a.gq", "second"),
            org.assertj.core.groups.Tuple.tuple("b.gq", "query b() {}\n// ünïcode\n"));
  }
}
