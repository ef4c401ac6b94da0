package dev.omnigraph.conformance.flight;

import static org.assertj.core.api.Assertions.assertThat;

import dev.omnigraph.engine.Graph;
import dev.omnigraph.flight.FlightSqlServer;
import dev.omnigraph.flight.ServerOptions;
import dev.omnigraph.flight.auth.Users;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the real Python Flight SQL clients ({@code adbc_driver_flightsql}'s DB-API and
 * {@code pyarrow.flight}, pinned in {@code python/requirements.txt}) against the server:
 * {@code python/run.sh} installs them into a virtual environment under {@code target/} and runs
 * pytest, whose output is this test's. Two servers serve one sample graph
 * ({@code examples/social}, its queries registered): one without authentication and one that
 * requires user {@code ada}, password {@code lovelace}. Skips with the script's message when
 * python3 or the packages cannot be installed (exit 77); fails when any pytest test fails.
 */
class PythonClientsIT {
  static final Path EXAMPLE = Path.of("..", "examples", "social");
  static final Path SCRIPT = Path.of("python", "run.sh");
  static final long TIMEOUT_MINUTES = 8;

  @TempDir
  Path dir;

  @Test
  void adbcAndPyarrowClientsPassTheirTests() throws Exception {
    try (Graph graph = Graph.init(dir.resolve("social"), EXAMPLE.resolve("schema.pg"))) {
      graph.load(EXAMPLE.resolve("data.jsonl"));
      graph.registerQueries(EXAMPLE.resolve("queries.gq"));
      try (FlightSqlServer open = FlightSqlServer.start(graph, ServerOptions.local(0));
          FlightSqlServer authenticated = FlightSqlServer.start(graph, new ServerOptions(ServerOptions.DEFAULT_HOST, 0,
              new Users(Map.of("ada", "lovelace")), ServerOptions.DEFAULT_BATCH_ROWS))) {
        Process python = new ProcessBuilder("bash", SCRIPT.toString(), "grpc://" + open.address(), "grpc://" + authenticated.address())
            .redirectErrorStream(true).start();
        Thread echo = new Thread(() -> echoLines(python));
        echo.start();
        if (!python.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
          python.destroyForcibly();
          throw new AssertionError("the Python client tests did not finish in " + TIMEOUT_MINUTES + " minutes");
        }
        echo.join();
        Assumptions.assumeFalse(python.exitValue() == 77, "python3 or the Python client packages are unavailable (see the line above)");
        assertThat(python.exitValue()).as("pytest exit code (its report is above)").isZero();
      }
    }
  }

  /** Copies the script's output to this JVM's stdout, line by line, prefixed {@code [python]}. */
  private static void echoLines(Process process) {
    try (BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      lines.lines().forEach(line -> System.out.println("[python] " + line));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
