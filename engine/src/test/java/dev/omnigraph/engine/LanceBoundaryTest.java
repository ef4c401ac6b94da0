package dev.omnigraph.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Only {@code dev.omnigraph.engine.lance} may use the Lance SDK (native calls stay behind one package). */
class LanceBoundaryTest {
  @Test
  void onlyTheLancePackageImportsOrgLance() throws IOException {
    Path sources = Path.of("src", "main", "java");
    List<Path> offenders;
    try (Stream<Path> files = Files.walk(sources)) {
      offenders = files.filter(p -> p.toString().endsWith(".java"))
          .filter(p -> !p.getParent().endsWith(Path.of("dev", "omnigraph", "engine", "lance")))
          .filter(LanceBoundaryTest::usesLance)
          .toList();
    }
    assertThat(offenders).isEmpty();
  }

  @Test
  void theCheckSeesTheLancePackageItself() throws IOException {
    assertThat(usesLance(Path.of("src", "main", "java", "dev", "omnigraph", "engine", "lance", "LanceTable.java"))).isTrue();
  }

  private static boolean usesLance(Path file) {
    try {
      return Files.readString(file).contains("org.lance.");
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
