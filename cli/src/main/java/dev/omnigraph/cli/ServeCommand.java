package dev.omnigraph.cli;

import dev.omnigraph.engine.Graph;
import dev.omnigraph.flight.FlightSqlServer;
import dev.omnigraph.flight.ServerOptions;
import dev.omnigraph.flight.auth.Users;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code omnigraph serve <graph> [--host <addr>] [--port <n>] [--users <file.json>]}: serves the
 * graph over Arrow Flight SQL until the process is stopped (Ctrl-C or SIGTERM close the server,
 * then the graph).
 *
 * <p>Prints {@code OMNIGRAPH_LISTEN_ADDR=<host>:<port>} as its first stdout line once listening
 * (port 0 picks a free port, and harnesses read the line to find it), then one line saying how to
 * connect. Listens on loopback ({@code 127.0.0.1}) by default; without {@code --users} (a JSON
 * object of user name to password) it runs without authentication, which it refuses on an
 * address other machines can reach. Fails (exit 1) with {@code NOT_FOUND} for an unknown graph or
 * users file, {@code INVALID_PARAMETER} for bad options, {@code STORAGE_ERROR} when the port is
 * taken.
 */
@Command(name = "serve", description = "Serve a graph over Arrow Flight SQL until stopped.")
final class ServeCommand implements Callable<Integer> {

  @Spec private CommandSpec spec;

  @Parameters(index = "0", paramLabel = "<graph>", description = "The graph directory.")
  private Path graph;

  @Option(names = "--host", defaultValue = ServerOptions.DEFAULT_HOST, paramLabel = "<addr>",
      description = "The address to listen on (default: ${DEFAULT-VALUE}, this machine only).")
  private String host;

  @Option(names = "--port", defaultValue = "" + ServerOptions.DEFAULT_PORT, paramLabel = "<n>",
      description = "The TCP port (default: ${DEFAULT-VALUE}; 0 picks a free one).")
  private int port;

  @Option(names = "--users", paramLabel = "<file.json>",
      description = "Require a user name and password: a JSON object of user name to password.")
  private Path usersFile;

  /** Serves until the server is shut down; returns exit code 0. */
  @Override
  public Integer call() throws InterruptedException {
    ServerOptions options = new ServerOptions(host, port, usersFile == null ? null : Users.read(usersFile),
        ServerOptions.DEFAULT_BATCH_ROWS);
    Graph opened = Graph.open(graph);
    FlightSqlServer server;
    try {
      server = FlightSqlServer.start(opened, options);
    } catch (RuntimeException e) {
      opened.close();
      throw e;
    }
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      server.close();
      opened.close();
    }, "omnigraph-serve-shutdown"));
    PrintWriter out = spec.commandLine().getOut();
    out.println("OMNIGRAPH_LISTEN_ADDR=" + server.address());
    out.printf("serving %s over Arrow Flight SQL at grpc://%s (%s); stop with Ctrl-C%n", graph, server.address(),
        options.users() == null ? "no authentication" : "user name and password required");
    out.flush();
    server.awaitTermination();
    return 0;
  }
}
