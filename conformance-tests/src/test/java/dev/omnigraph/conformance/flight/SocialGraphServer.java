package dev.omnigraph.conformance.flight;

import dev.omnigraph.engine.Graph;
import dev.omnigraph.flight.FlightSqlServer;
import dev.omnigraph.flight.ServerOptions;
import dev.omnigraph.flight.auth.Users;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.arrow.flight.FlightClient;
import org.apache.arrow.flight.client.ClientCookieMiddleware;
import org.apache.arrow.flight.FlightEndpoint;
import org.apache.arrow.flight.FlightInfo;
import org.apache.arrow.flight.FlightStream;
import org.apache.arrow.flight.Location;
import org.apache.arrow.flight.sql.FlightSqlClient;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.memory.RootAllocator;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.types.pojo.Schema;

/**
 * A test fixture: the shipped sample graph ({@code examples/social}) in a fresh directory, its
 * queries registered, served on a free loopback port, and a {@link FlightSqlClient} connected to
 * it. {@link #close()} closes the client, the server, the graph and the client allocator, which
 * fails on a leak.
 */
final class SocialGraphServer implements AutoCloseable {
  static final Path EXAMPLE = Path.of("..", "examples", "social");

  final Graph graph;
  final FlightSqlServer server;
  final BufferAllocator allocator = new RootAllocator();
  final FlightClient flightClient;
  final FlightSqlClient client;

  SocialGraphServer(Path dir, Users users, int batchRows) {
    graph = Graph.init(dir.resolve("social"), EXAMPLE.resolve("schema.pg"));
    graph.load(EXAMPLE.resolve("data.jsonl"));
    graph.registerQueries(EXAMPLE.resolve("queries.gq"));
    server = FlightSqlServer.start(graph, new ServerOptions(ServerOptions.DEFAULT_HOST, 0, users, batchRows));
    flightClient = newClient();
    client = new FlightSqlClient(flightClient);
  }

  static SocialGraphServer start(Path dir) {
    return new SocialGraphServer(dir, null, ServerOptions.DEFAULT_BATCH_ROWS);
  }

  /** A new client of this server that keeps its session cookie; the caller closes it. */
  FlightClient newClient() {
    return FlightClient.builder(allocator, Location.forGrpcInsecure("127.0.0.1", server.port()))
        .intercept(new ClientCookieMiddleware.Factory()).build();
  }

  /** Every row of every endpoint of {@code info}, values as Arrow's {@code getObject} returns them. */
  List<List<Object>> rows(FlightInfo info) throws Exception {
    List<List<Object>> rows = new ArrayList<>();
    for (FlightEndpoint endpoint : info.getEndpoints()) {
      try (FlightStream stream = client.getStream(endpoint.getTicket())) {
        while (stream.next()) {
          VectorSchemaRoot root = stream.getRoot();
          for (int r = 0; r < root.getRowCount(); r++) {
            List<Object> row = new ArrayList<>();
            for (int c = 0; c < root.getFieldVectors().size(); c++) {
              Object value = root.getVector(c).getObject(r);
              row.add(value == null ? null : value instanceof org.apache.arrow.vector.util.Text ? value.toString() : value);
            }
            rows.add(row);
          }
        }
      }
    }
    return rows;
  }

  /** The schema the stream of {@code info}'s first endpoint announces. */
  Schema streamSchema(FlightInfo info) throws Exception {
    try (FlightStream stream = client.getStream(info.getEndpoints().get(0).getTicket())) {
      Schema schema = stream.getSchema();
      while (stream.next()) {
        // drain
      }
      return schema;
    }
  }

  @Override
  public void close() throws Exception {
    client.close();
    server.close();
    graph.close();
    allocator.close();
  }
}
