package dev.omnigraph.flight;

import dev.omnigraph.compiler.diag.ErrorCode;
import dev.omnigraph.compiler.diag.OmniGraphException;
import dev.omnigraph.engine.Graph;
import dev.omnigraph.flight.auth.Authentication;
import dev.omnigraph.flight.meta.GraphScope;
import dev.omnigraph.flight.meta.SqlInfos;
import dev.omnigraph.flight.session.SessionOptions;
import dev.omnigraph.flight.statement.PreparedStatements;
import dev.omnigraph.flight.statement.ResultBatches;
import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.arrow.flight.FlightServer;
import org.apache.arrow.flight.Location;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.memory.RootAllocator;

/**
 * An Arrow Flight SQL server over one open {@link Graph} ({@code ecosystem.md} §3): started by
 * {@link #start}, listening until {@link #close()}. The graph stays owned by the caller, who
 * closes it after the server.
 *
 * <p>The server owns one Arrow allocator for the buffers of every call; {@link #close()} stops
 * accepting calls, waits up to {@value #SHUTDOWN_SECONDS} s for running ones, rolls back the
 * transactions still open, and closes the allocator (a leak there is a bug and fails the close).
 * Thread-safe.
 */
public final class FlightSqlServer implements AutoCloseable {
  /** Seconds {@link #close()} waits for running calls. */
  public static final long SHUTDOWN_SECONDS = 10;

  private final FlightServer server;
  private final ExecutorService calls;
  private final OmniGraphProducer producer;
  private final BufferAllocator allocator;
  private final String host;

  private FlightSqlServer(FlightServer server, ExecutorService calls, OmniGraphProducer producer, BufferAllocator allocator,
      String host) {
    this.server = server;
    this.calls = calls;
    this.producer = producer;
    this.allocator = allocator;
    this.host = host;
  }

  /**
   * Starts serving {@code graph}.
   *
   * @throws OmniGraphException {@code STORAGE_ERROR} when the address cannot be bound (e.g. the
   *     port is taken), naming it
   */
  public static FlightSqlServer start(Graph graph, ServerOptions options) {
    BufferAllocator allocator = new RootAllocator();
    GraphScope scope = GraphScope.of(graph);
    Properties build = buildProperties();

    OmniGraphProducer producer = new OmniGraphProducer(graph, scope, allocator,
        new SqlInfos(build.getProperty("version", "unknown"), build.getProperty("arrow.version", "unknown")),
        new PreparedStatements(), new ResultBatches(allocator, options.batchRows()), new SessionOptions(scope, graph));
    ExecutorService calls = Executors.newCachedThreadPool(daemonThreads());
    FlightServer.Builder builder = FlightServer.builder(allocator, Location.forGrpcInsecure(options.host(), options.port()), producer)
        .executor(calls)
        .middleware(SessionOptions.KEY, SessionOptions.middleware());
    if (options.users() != null) {
      builder.headerAuthenticator(Authentication.basicToBearer(options.users()));
    }
    FlightServer server = builder.build();
    try {
      server.start();
    } catch (IOException e) {
      closeQuietly(server);
      calls.shutdownNow();
      allocator.close();
      throw new OmniGraphException(ErrorCode.STORAGE_ERROR, "cannot listen on " + options.host() + ":" + options.port() + ": "
          + e.getMessage());
    }
    return new FlightSqlServer(server, calls, producer, allocator, options.host());
  }

  /** The port the server listens on (the one chosen when the options asked for 0). */
  public int port() {
    return server.getPort();
  }

  /** {@code host:port} as clients reach it, e.g. {@code 127.0.0.1:32010}. */
  public String address() {
    return host + ":" + port();
  }

  /** Blocks until the server is shut down (by {@link #close()} from another thread). */
  public void awaitTermination() throws InterruptedException {
    server.awaitTermination();
  }

  /**
   * Stops the server and frees its buffers. After gRPC reports the calls finished it still waits,
   * up to {@value #SHUTDOWN_SECONDS} s each, for the call threads and for the transport to release
   * the last record batches it sent (the client can have read a batch before the server's side
   * of the transport let go of its buffers); buffers still held after that are a leak and fail the
   * close. Idempotent.
   */
  @Override
  public synchronized void close() {
    server.shutdown();
    try {
      server.awaitTermination(SHUTDOWN_SECONDS, TimeUnit.SECONDS);
      calls.shutdown();
      calls.awaitTermination(SHUTDOWN_SECONDS, TimeUnit.SECONDS);
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(SHUTDOWN_SECONDS);
      while (allocator.getAllocatedMemory() > 0 && System.nanoTime() < deadline) {
        Thread.sleep(10);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    closeQuietly(server);
    producer.close();
    allocator.close();
  }

  private static ThreadFactory daemonThreads() {
    AtomicInteger count = new AtomicInteger();
    return runnable -> {
      Thread thread = new Thread(runnable, "omnigraph-flight-" + count.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    };
  }

  private static void closeQuietly(FlightServer server) {
    try {
      server.close();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static Properties buildProperties() {
    Properties properties = new Properties();
    try (InputStream in = FlightSqlServer.class.getResourceAsStream("/omnigraph-flight.properties")) {
      if (in != null) {
        properties.load(in);
      }
    } catch (IOException e) {
      throw new OmniGraphException(ErrorCode.INTERNAL_ERROR, "cannot read omnigraph-flight.properties: " + e.getMessage());
    }
    return properties;
  }
}
