package dev.omnigraph.flight;

import com.google.protobuf.ByteString;
import dev.omnigraph.engine.Graph;
import dev.omnigraph.flight.session.SessionOptions;
import org.apache.arrow.flight.FlightProducer.CallContext;

/**
 * Which graph handle a call reads and writes: the open transaction it names, else the branch its
 * session chose ({@link SessionOptions#SCHEMA}), else {@code main}, at the session's snapshot
 * ({@link SessionOptions#AT}) if it chose one. With authentication, a branch
 * handle records the caller's user name as the actor of every graph commit it makes
 * ({@link Graph#as}); a transaction records the user who began it. Thread-safe.
 */
final class CallGraphs {
  private final Graph graph;
  private final SessionOptions sessions;
  private final Transactions transactions;

  CallGraphs(Graph graph, SessionOptions sessions, Transactions transactions) {
    this.graph = graph;
    this.sessions = sessions;
    this.transactions = transactions;
  }

  /**
   * The handle of the call.
   *
   * @param transactionId the transaction the command names, or null (or empty) for none
   * @throws org.apache.arrow.flight.FlightRuntimeException {@code NOT_FOUND} for a transaction id
   *     that is not open
   * @throws dev.omnigraph.compiler.diag.OmniGraphException {@code NOT_FOUND} when the session's
   *     branch was deleted since it was chosen
   */
  Graph of(CallContext context, ByteString transactionId) {
    if (transactionId != null && !transactionId.isEmpty()) {
      return transactions.graph(transactionId, context.peerIdentity());
    }
    return branch(context);
  }

  /**
   * The handle of the session's branch ({@code main} without one), acting as the caller; read-only
   * at the session's {@link SessionOptions#AT} snapshot when it set one.
   */
  Graph branch(CallContext context) {
    Graph branch = sessions.branch(context).map(graph::branch).orElse(graph);
    String user = context.peerIdentity();
    Graph acting = user == null || user.isEmpty() ? branch : branch.as(user);
    return sessions.at(context).map(acting::at).orElse(acting);
  }
}
