package dev.omnigraph.flight;

import dev.omnigraph.compiler.diag.ErrorCode;
import dev.omnigraph.compiler.diag.OmniGraphException;
import dev.omnigraph.flight.auth.Users;
import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * How a {@link FlightSqlServer} listens and authenticates.
 *
 * @param host the address to bind, e.g. {@code 127.0.0.1} (the default: loopback only) or
 *     {@code 0.0.0.0} for every interface
 * @param port the TCP port, 0 for any free one ({@link FlightSqlServer#port()} tells which)
 * @param users the accepted users (basic handshake to bearer token), or null for no-auth mode,
 *     which is allowed only on a loopback host
 * @param batchRows the most rows in one result record batch (default {@value #DEFAULT_BATCH_ROWS})
 */
public record ServerOptions(String host, int port, Users users, int batchRows) {
  /** The default host: loopback, reachable from this machine only. */
  public static final String DEFAULT_HOST = "127.0.0.1";
  /** The default port, as Dremio and many Flight SQL examples use. */
  public static final int DEFAULT_PORT = 32010;
  /** The default rows per result batch. */
  public static final int DEFAULT_BATCH_ROWS = 65_536;

  /**
   * Checks the options.
   *
   * @throws OmniGraphException {@code INVALID_PARAMETER} for a port outside 0-65535, fewer than 1 batch row, or no
   *     users on a host that is not loopback ("refusing to serve without authentication on ...")
   */
  public ServerOptions {
    if (port < 0 || port > 65_535) {
      throw new OmniGraphException(ErrorCode.INVALID_PARAMETER, "port must be 0-65535, got " + port);
    }
    if (batchRows < 1) {
      throw new OmniGraphException(ErrorCode.INVALID_PARAMETER, "batch rows must be >= 1, got " + batchRows);
    }
    if (users == null && !isLoopback(host)) {
      throw new OmniGraphException(ErrorCode.INVALID_PARAMETER, "refusing to serve without authentication on " + host
          + ", which other machines can reach; give users (--users <file>) or bind a loopback address");
    }
  }

  /** Loopback, port {@code port}, no auth, default batches. */
  public static ServerOptions local(int port) {
    return new ServerOptions(DEFAULT_HOST, port, null, DEFAULT_BATCH_ROWS);
  }

  private static boolean isLoopback(String host) {
    try {
      return InetAddress.getByName(host).isLoopbackAddress();
    } catch (UnknownHostException e) {
      throw new OmniGraphException(ErrorCode.INVALID_PARAMETER, "unknown host " + host);
    }
  }
}
