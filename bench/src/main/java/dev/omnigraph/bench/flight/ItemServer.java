package dev.omnigraph.bench.flight;

import dev.omnigraph.bench.data.ItemData;
import dev.omnigraph.bench.keylookup.TempDirs;
import dev.omnigraph.engine.Graph;
import dev.omnigraph.flight.FlightSqlServer;
import dev.omnigraph.flight.ServerOptions;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Serves the generated {@code Item} graph ({@link ItemData}, {@code -Drows=N}, default 1,000,000)
 * over Flight SQL on a free loopback port for the Python client benchmark, printing
 * {@code OMNIGRAPH_LISTEN_ADDR=<host>:<port>} once it listens; stops, deleting the scratch graph,
 * when its standard input closes. Not a JMH benchmark: the clients measured are Python's.
 */
public final class ItemServer {
  private ItemServer() {}

  /** Runs until standard input reaches end of file. */
  public static void main(String[] args) throws IOException {
    int rows = Integer.getInteger("rows", 1_000_000);
    Path dir = TempDirs.create("flight-python-");
    try {
      ItemData data = ItemData.generate(rows, ItemData.DEFAULT_SEED);
      Path jsonl = dir.resolve("items.jsonl");
      data.writeJsonl(jsonl);
      try (Graph graph = Graph.init(dir.resolve("graph"), ItemData.PG_SCHEMA, "bench.pg")) {
        graph.load(jsonl);
        try (FlightSqlServer server = FlightSqlServer.start(graph, ServerOptions.local(0))) {
          System.out.println("OMNIGRAPH_LISTEN_ADDR=" + server.address());
          System.out.println("ROWS=" + rows);
          System.out.flush();
          while (System.in.read() >= 0) {
            // serve until the harness closes our input
          }
        }
      }
    } finally {
      TempDirs.delete(dir);
    }
  }
}
