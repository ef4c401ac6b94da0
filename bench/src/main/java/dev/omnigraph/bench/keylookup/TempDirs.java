package dev.omnigraph.bench.keylookup;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;

/** Scratch directories for the stores a benchmark builds. */
public final class TempDirs {
  private TempDirs() {}

  /** A new empty directory under {@code java.io.tmpdir} (or {@code -Dbench.tmpdir}). */
  public static Path create(String prefix) throws IOException {
    String parent = System.getProperty("bench.tmpdir");
    return parent == null
        ? Files.createTempDirectory(prefix)
        : Files.createTempDirectory(Files.createDirectories(Path.of(parent)), prefix);
  }

  /** Removes {@code dir} and everything under it; a missing directory is fine. */
  public static void delete(Path dir) throws IOException {
    if (dir == null || !Files.exists(dir)) {
      return;
    }
    Files.walkFileTree(dir, new SimpleFileVisitor<>() {
      @Override
      public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
        Files.delete(file);
        return FileVisitResult.CONTINUE;
      }

      @Override
      public FileVisitResult postVisitDirectory(Path d, IOException e) throws IOException {
        if (e != null) {
          throw e;
        }
        Files.delete(d);
        return FileVisitResult.CONTINUE;
      }
    });
  }
}
