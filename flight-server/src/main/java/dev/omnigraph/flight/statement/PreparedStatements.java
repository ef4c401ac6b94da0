package dev.omnigraph.flight.statement;

import com.google.protobuf.ByteString;
import dev.omnigraph.engine.Graph;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.arrow.flight.CallStatus;

/**
 * The server's open prepared statements, by handle. A handle is 16 random bytes; it belongs to
 * the user who created it (another user's lookup answers {@code NOT_FOUND}, as if it did not
 * exist). A statement keeps the parameter rows bound last ({@code DoPut}) until bound again or
 * closed. At most {@link #MAX_OPEN} statements are open at once; clients that never close theirs
 * get {@code RESOURCE_EXHAUSTED} rather than growing the server without bound. Thread-safe.
 */
public final class PreparedStatements {
  /** The most prepared statements open at once across all clients. */
  public static final int MAX_OPEN = 10_000;

  private final Map<ByteString, Prepared> open = new ConcurrentHashMap<>();

  /** One open prepared statement; {@link #boundRows()} changes with each bind. Thread-safe. */
  public static final class Prepared {
    private final Graph graph;
    private final ByteString transactionId;
    private final Statement statement;
    private final String owner;
    private volatile List<Map<String, Object>> boundRows = List.of();

    Prepared(Graph graph, ByteString transactionId, Statement statement, String owner) {
      this.graph = graph;
      this.transactionId = transactionId;
      this.statement = statement;
      this.owner = owner;
    }

    /** The graph handle it runs on: a branch's, or a transaction's. */
    public Graph graph() {
      return graph;
    }

    /** The transaction it was prepared in; empty for none. */
    public ByteString transactionId() {
      return transactionId;
    }

    /** The planned statement. */
    public Statement statement() {
      return statement;
    }

    /** The parameter rows of the last bind; empty before the first. */
    public List<Map<String, Object>> boundRows() {
      return boundRows;
    }

    /** Replaces the bound parameter rows. */
    public void bind(List<Map<String, Object>> rows) {
      boundRows = List.copyOf(rows);
    }
  }

  /**
   * Registers a statement planned on {@code graph} (the handle of {@code transactionId}, or of a
   * branch when it is empty) for {@code owner} and returns its new handle.
   *
   * @throws org.apache.arrow.flight.FlightRuntimeException {@code RESOURCE_EXHAUSTED} when
   *     {@link #MAX_OPEN} statements are open
   */
  public ByteString create(Graph graph, ByteString transactionId, Statement statement, String owner) {
    if (open.size() >= MAX_OPEN) {
      throw CallStatus.RESOURCE_EXHAUSTED.withDescription(MAX_OPEN
          + " prepared statements are open; close the ones you no longer use (ClosePreparedStatement)").toRuntimeException();
    }
    UUID id = UUID.randomUUID();
    ByteString handle = ByteString.copyFrom(ByteBuffer.allocate(16).putLong(id.getMostSignificantBits())
        .putLong(id.getLeastSignificantBits()).flip());
    open.put(handle, new Prepared(graph, transactionId, statement, owner));
    return handle;
  }

  /**
   * The statement of {@code handle}.
   *
   * @throws org.apache.arrow.flight.FlightRuntimeException {@code NOT_FOUND} when no statement
   *     of {@code owner}'s has that handle (never created, closed, or another user's)
   */
  public Prepared get(ByteString handle, String owner) {
    Prepared prepared = open.get(handle);
    if (prepared == null || !prepared.owner.equals(owner)) {
      throw CallStatus.NOT_FOUND.withDescription("no open prepared statement has this handle; it was closed or never created"
          + " (prepare the statement again)").toRuntimeException();
    }
    return prepared;
  }

  /**
   * Closes the statement of {@code handle}.
   *
   * @throws org.apache.arrow.flight.FlightRuntimeException {@code NOT_FOUND} as {@link #get}
   */
  public void close(ByteString handle, String owner) {
    get(handle, owner);
    open.remove(handle);
  }

  /** How many statements are open. */
  public int size() {
    return open.size();
  }
}
