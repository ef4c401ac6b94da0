package dev.omnigraph.conformance.crash;

import dev.omnigraph.engine.Graph;
import java.nio.file.Path;

/**
 * The child process of {@link SigkillRecoveryIT}: opens a graph read-write and loads a JSONL file.
 * Run with {@code -Domnigraph.failpoints=<point>=pause} it stops at that point of the write path
 * and waits to be killed.
 */
public final class CrashingLoad {
  private CrashingLoad() {}

  /** {@code args}: the graph directory, then the JSONL file. */
  public static void main(String[] args) {
    try (Graph graph = Graph.open(Path.of(args[0]))) {
      graph.load(Path.of(args[1]));
    }
    System.err.println("load finished");
  }
}
