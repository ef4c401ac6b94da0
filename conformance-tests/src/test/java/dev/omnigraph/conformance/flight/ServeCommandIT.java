package dev.omnigraph.conformance.flight;

import static org.assertj.core.api.Assertions.assertThat;

import dev.omnigraph.engine.Graph;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.arrow.flight.FlightClient;
import org.apache.arrow.flight.Location;
import org.apache.arrow.flight.sql.FlightSqlClient;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.memory.RootAllocator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code omnigraph serve} as a user runs it, in its own JVM: it prints
 * {@code OMNIGRAPH_LISTEN_ADDR=<host>:<port>} first (port 0 picks one), answers Flight SQL there,
 * and on SIGTERM closes the server and the graph and exits. Bad options fail before serving.
 */
class ServeCommandIT {
  @TempDir
  Path dir;

  private Process omnigraph(String... args) throws Exception {
    List<String> command = new java.util.ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "--add-opens=java.base/java.nio=ALL-UNNAMED", "-cp", System.getProperty("java.class.path"), "dev.omnigraph.cli.OmniGraphCli"));
    command.addAll(List.of(args));
    return new ProcessBuilder(command).redirectErrorStream(true).start();
  }

  @Test
  @Timeout(value = 2, unit = TimeUnit.MINUTES)
  void servesOnThePortItPrintsAndStopsOnSigterm() throws Exception {
    Path example = Path.of("..", "examples", "social");
    Path root = dir.resolve("social");
    try (Graph graph = Graph.init(root, example.resolve("schema.pg"))) {
      graph.load(example.resolve("data.jsonl"));
    }
    Process serve = omnigraph("serve", root.toString(), "--port", "0");
    BufferedReader out = new BufferedReader(new InputStreamReader(serve.getInputStream(), StandardCharsets.UTF_8));
    String first = out.readLine();
    assertThat(first).startsWith("OMNIGRAPH_LISTEN_ADDR=127.0.0.1:");
    assertThat(out.readLine()).contains("over Arrow Flight SQL at grpc://127.0.0.1:").contains("no authentication");
    int port = Integer.parseInt(first.substring(first.lastIndexOf(':') + 1));
    try (BufferAllocator allocator = new RootAllocator();
        FlightSqlClient client = new FlightSqlClient(FlightClient.builder(allocator, Location.forGrpcInsecure("127.0.0.1", port)).build())) {
      var info = client.execute("SELECT name FROM Person WHERE slug = 'ada'");
      try (var stream = client.getStream(info.getEndpoints().get(0).getTicket())) {
        assertThat(stream.next()).isTrue();
        assertThat(stream.getRoot().getVector(0).getObject(0).toString()).isEqualTo("Ada Lovelace");
      }
    }
    serve.destroy();
    assertThat(serve.waitFor(60, TimeUnit.SECONDS)).isTrue();
    try (Graph reopened = Graph.open(root)) {
      assertThat(reopened.query("query q() { match { $p: Person } return { $p.slug } }", "t", null, java.util.Map.of()).rowCount())
          .isEqualTo(6);
    }
  }

  @Test
  @Timeout(value = 2, unit = TimeUnit.MINUTES)
  void refusesToServeWithoutUsersOnAnAddressOthersReach() throws Exception {
    Process serve = omnigraph("serve", dir.resolve("missing").toString(), "--host", "0.0.0.0", "--port", "0");
    String output = new String(serve.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(serve.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(serve.exitValue()).isEqualTo(1);
    assertThat(output).contains("error: refusing to serve without authentication on 0.0.0.0");
    assertThat(Files.exists(dir.resolve("missing"))).isFalse();
  }
}
