package dev.omnigraph.bench.flight;

import dev.omnigraph.bench.keylookup.TempDirs;
import dev.omnigraph.engine.Graph;
import dev.omnigraph.flight.FlightSqlServer;
import dev.omnigraph.flight.ServerOptions;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Serves the generated {@code Item} graph ({@link ItemGraph}, {@code -Drows=N}, default 1,000,000)
 * over Flight SQL on a free loopback port for the Python client benchmark, printing
 * {@code OMNIGRAPH_LISTEN_ADDR=<host>:<port>} once it listens; stops when its standard input
 * closes. With {@code -Dgraph.dir=<dir>} it serves (building it first when needed) the graph kept
 * there, as {@code bench/run-flight-python.sh} does; without, it builds one in a scratch
 * directory and deletes it at the end. Not a JMH benchmark: the clients measured are Python's.
 */
public final class ItemServer {
  private ItemServer() {}

  /** Runs until standard input reaches end of file. */
  public static void main(String[] args) throws IOException {
    int rows = Integer.getInteger("rows", 1_000_000);
    String kept = System.getProperty("graph.dir");
    Path scratch = kept == null ? TempDirs.create("flight-python-") : null;
    try {
      Path dir = ItemGraph.build(kept == null ? scratch : Path.of(kept), rows, ItemGraph.DEFAULT_CHUNK_ROWS);
      try (Graph graph = Graph.open(dir);
          FlightSqlServer server = FlightSqlServer.start(graph, ServerOptions.local(0))) {
        System.out.println("OMNIGRAPH_LISTEN_ADDR=" + server.address());
        System.out.println("ROWS=" + rows);
        System.out.flush();
        while (System.in.read() >= 0) {
          // serve until the harness closes our input
        }
      }
    } finally {
      TempDirs.delete(scratch);
    }
  }
}
