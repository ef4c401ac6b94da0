package dev.omnigraph.flight;

import com.google.protobuf.ByteString;
import dev.omnigraph.engine.Graph;
import dev.omnigraph.engine.GraphTransaction;
import java.nio.ByteBuffer;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.arrow.flight.CallStatus;

/**
 * The open Flight SQL transactions ({@code BeginTransaction}/{@code EndTransaction}), each an
 * engine {@link GraphTransaction}: statements, updates and ingests that name its id run on
 * {@link GraphTransaction#graph()}, see each other's writes and are invisible to everyone else;
 * commit publishes them as one graph commit recording the user who began it; rollback discards
 * them. A transaction belongs to its user (another user's id is {@code NOT_FOUND}). At most
 * {@value #MAX_OPEN} are open; a client that never ends its transactions gets
 * {@code RESOURCE_EXHAUSTED} rather than growing the server without bound. Ending is serialised
 * per transaction. Thread-safe.
 */
final class Transactions {
  /** The most transactions open at once across all clients. */
  static final int MAX_OPEN = 1_000;

  private record Open(GraphTransaction transaction, String owner) {}

  private final Map<ByteString, Open> open = new ConcurrentHashMap<>();

  /**
   * Begins a transaction on {@code branch} for {@code owner}, recording {@code actor} on its
   * commit, and returns its id (16 random bytes).
   *
   * @throws org.apache.arrow.flight.FlightRuntimeException {@code RESOURCE_EXHAUSTED} when
   *     {@link #MAX_OPEN} are open
   */
  ByteString begin(Graph branch, String owner, String actor) {
    if (open.size() >= MAX_OPEN) {
      throw CallStatus.RESOURCE_EXHAUSTED.withDescription(MAX_OPEN
          + " transactions are open; commit or roll back the ones you no longer use").toRuntimeException();
    }
    UUID uuid = UUID.randomUUID();
    ByteString id = ByteString.copyFrom(ByteBuffer.allocate(16).putLong(uuid.getMostSignificantBits())
        .putLong(uuid.getLeastSignificantBits()).flip());
    open.put(id, new Open(branch.begin(actor), owner));
    return id;
  }

  /**
   * The handle statements of transaction {@code id} read and write through.
   *
   * @throws org.apache.arrow.flight.FlightRuntimeException {@code NOT_FOUND} for an id of no
   *     open transaction of {@code owner}'s
   */
  Graph graph(ByteString id, String owner) {
    return find(id, owner).transaction().graph();
  }

  /**
   * Ends transaction {@code id}: publishes its writes as one commit, or discards them.
   *
   * @throws org.apache.arrow.flight.FlightRuntimeException {@code NOT_FOUND} as {@link #graph}
   * @throws dev.omnigraph.compiler.diag.OmniGraphException as {@link GraphTransaction#commit()};
   *     the transaction is over either way
   */
  void end(ByteString id, String owner, boolean commit) {
    Open transaction = find(id, owner);
    synchronized (transaction) {
      if (open.remove(id) == null) {
        throw notFound();
      }
      if (commit) {
        transaction.transaction().commit();
      } else {
        transaction.transaction().rollback();
      }
    }
  }

  /** True while transaction {@code id} is open. */
  boolean isOpen(ByteString id) {
    return open.containsKey(id);
  }

  /** Rolls back every open transaction (server shutdown). */
  void rollbackAll() {
    open.keySet().forEach(id -> {
      Open transaction = open.remove(id);
      if (transaction != null) {
        transaction.transaction().rollback();
      }
    });
  }

  private Open find(ByteString id, String owner) {
    Open transaction = open.get(id);
    if (transaction == null || !transaction.owner().equals(owner)) {
      throw notFound();
    }
    return transaction;
  }

  private static RuntimeException notFound() {
    return CallStatus.NOT_FOUND.withDescription("no open transaction has this id; it ended or was never begun (begin a new one)")
        .toRuntimeException();
  }
}
