package dev.omnigraph.flight.session;

import dev.omnigraph.compiler.diag.OmniGraphException;
import dev.omnigraph.engine.Graph;
import dev.omnigraph.flight.meta.GraphScope;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.apache.arrow.flight.CloseSessionResult;
import org.apache.arrow.flight.FlightProducer.CallContext;
import org.apache.arrow.flight.FlightServerMiddleware;
import org.apache.arrow.flight.GetSessionOptionsResult;
import org.apache.arrow.flight.NoOpSessionOptionValueVisitor;
import org.apache.arrow.flight.ServerSessionMiddleware;
import org.apache.arrow.flight.SessionOptionValue;
import org.apache.arrow.flight.SetSessionOptionsRequest;
import org.apache.arrow.flight.SetSessionOptionsResult;

/**
 * Session options ({@code SetSessionOptions}, {@code GetSessionOptions}, {@code CloseSession}),
 * kept per client session by Arrow's cookie-based {@link ServerSessionMiddleware} (cookie
 * {@code arrow_flight_session_id}). Two options exist, both strings, as the Flight SQL JDBC driver
 * sends them from its connection properties:
 *
 * <ul>
 *   <li>{@value #CATALOG}: must be the graph's catalog name ({@link GraphScope#catalog()});
 *   <li>{@value #SCHEMA}: must be a branch of the graph; the session's statements then read and
 *       write that branch (without it, {@code main});
 *   <li>{@value #AT}: a commit id or an ISO-8601 instant of the session's branch; the session then
 *       reads the graph as it was then and cannot write (time travel, as JDBC's {@code at=}). An
 *       empty string clears it.
 * </ul>
 *
 * Any other name is refused as {@code INVALID_NAME}, a wrong value or type as
 * {@code INVALID_VALUE}; the valid options of the same request are still set. Closing a session
 * forgets its options; closing without one answers {@code CLOSED} too, there being nothing to
 * close. Thread-safe.
 */
public final class SessionOptions {
  /** The session option naming the catalog (the graph). */
  public static final String CATALOG = "catalog";
  /** The session option naming the schema (the branch). */
  public static final String SCHEMA = "schema";
  /** The session option naming the commit or time the session reads at. */
  public static final String AT = "at";
  /** The key the session middleware is registered under. */
  public static final FlightServerMiddleware.Key<ServerSessionMiddleware> KEY = FlightServerMiddleware.Key.of("omnigraph-session");

  private final GraphScope scope;
  private final Graph graph;

  /**
   * @param scope the catalog and branches option values are checked against
   * @param graph the graph whose commits {@value #AT} names
   */
  public SessionOptions(GraphScope scope, Graph graph) {
    this.scope = scope;
    this.graph = graph;
  }

  /** The middleware factory to register under {@link #KEY}: random UUID session ids. */
  public static ServerSessionMiddleware.Factory middleware() {
    return new ServerSessionMiddleware.Factory(() -> UUID.randomUUID().toString());
  }

  /** Sets the valid options of {@code request} in the caller's session (created if needed). */
  public SetSessionOptionsResult set(SetSessionOptionsRequest request, CallContext context) {
    Map<String, SetSessionOptionsResult.Error> errors = new HashMap<>();
    ServerSessionMiddleware.Session session = middleware(context).getSession();
    request.getSessionOptions().forEach((name, value) -> {
      if (!name.equals(CATALOG) && !name.equals(SCHEMA) && !name.equals(AT)) {
        errors.put(name, new SetSessionOptionsResult.Error(SetSessionOptionsResult.ErrorValue.INVALID_NAME));
        return;
      }
      String text = text(value);
      boolean valid = text != null && switch (name) {
        case CATALOG -> scope.catalogMatches(text);
        case SCHEMA -> scope.schemaExists(text);
        default -> text.isEmpty() || snapshotExists(session, text);
      };
      if (valid && name.equals(AT) && text.isEmpty()) {
        session.eraseSessionOption(AT);
      } else if (valid) {
        session.setSessionOption(name, value);
      } else {
        errors.put(name, new SetSessionOptionsResult.Error(SetSessionOptionsResult.ErrorValue.INVALID_VALUE));
      }
    });
    return new SetSessionOptionsResult(errors);
  }

  /** The caller's session options; empty without a session. */
  public GetSessionOptionsResult get(CallContext context) {
    ServerSessionMiddleware middleware = middleware(context);
    Map<String, SessionOptionValue> options = middleware.hasSession() ? middleware.getSession().getSessionOptions() : Map.of();
    return new GetSessionOptionsResult(options);
  }

  /** The branch the caller's session chose ({@value #SCHEMA}), if any. */
  public Optional<String> branch(CallContext context) {
    return option(context, SCHEMA);
  }

  private static Optional<String> option(CallContext context, String name) {
    ServerSessionMiddleware middleware = middleware(context);
    if (!middleware.hasSession()) {
      return Optional.empty();
    }
    SessionOptionValue value = middleware.getSession().getSessionOption(name);
    return Optional.ofNullable(value == null ? null : text(value));
  }

  /** True when {@code commitOrTime} names a snapshot of the session's branch (set in this request or before). */
  private boolean snapshotExists(ServerSessionMiddleware.Session session, String commitOrTime) {
    SessionOptionValue schema = session.getSessionOption(SCHEMA);
    String branch = schema == null ? null : text(schema);
    try {
      (branch == null ? graph : graph.branch(branch)).at(commitOrTime);
      return true;
    } catch (OmniGraphException e) {
      return false;
    }
  }

  /** The commit or time the caller's session reads at ({@value #AT}), if any. */
  public Optional<String> at(CallContext context) {
    return option(context, AT);
  }

  /** Closes the caller's session, if any; always {@code CLOSED}. */
  public CloseSessionResult close(CallContext context) {
    ServerSessionMiddleware middleware = middleware(context);
    if (middleware.hasSession()) {
      middleware.closeSession();
    }
    return new CloseSessionResult(CloseSessionResult.Status.CLOSED);
  }

  private static String text(SessionOptionValue value) {
    return value.acceptVisitor(new NoOpSessionOptionValueVisitor<String>() {
      @Override
      public String visit(String string) {
        return string;
      }
    });
  }

  private static ServerSessionMiddleware middleware(CallContext context) {
    return context.getMiddleware(KEY);
  }
}
