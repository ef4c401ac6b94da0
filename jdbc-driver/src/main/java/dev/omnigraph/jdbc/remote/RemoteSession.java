package dev.omnigraph.jdbc.remote;

import dev.omnigraph.compiler.diag.OmniGraphException;
import dev.omnigraph.compiler.schema.SchemaParser;
import dev.omnigraph.engine.meta.GraphMetadata;
import dev.omnigraph.jdbc.GraphSession;
import dev.omnigraph.jdbc.StatementPlan;
import dev.omnigraph.jdbc.meta.Routine;
import dev.omnigraph.jdbc.meta.Scope;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.arrow.flight.Action;
import org.apache.arrow.flight.CallOption;
import org.apache.arrow.flight.CallOptions;
import org.apache.arrow.flight.CancelFlightInfoRequest;
import org.apache.arrow.flight.FlightClient;
import org.apache.arrow.flight.FlightInfo;
import org.apache.arrow.flight.FlightRuntimeException;
import org.apache.arrow.flight.Location;
import org.apache.arrow.flight.Result;
import org.apache.arrow.flight.SessionOptionValue;
import org.apache.arrow.flight.SessionOptionValueFactory;
import org.apache.arrow.flight.SetSessionOptionsRequest;
import org.apache.arrow.flight.SetSessionOptionsResult;
import org.apache.arrow.flight.client.ClientCookieMiddleware;
import org.apache.arrow.flight.grpc.CredentialCallOption;
import org.apache.arrow.flight.sql.FlightSqlClient;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.memory.RootAllocator;

/**
 * The {@link GraphSession} of {@code jdbc:omnigraph://host:port}: a connection to an OmniGraph
 * Arrow Flight SQL server ({@code omnigraph serve}) through Arrow's {@link FlightSqlClient}, over
 * plaintext gRPC (the server has no TLS; reach a server on another machine through a tunnel).
 *
 * <ul>
 *   <li>Auth: with a user, the basic handshake gives a bearer token sent on every call; without
 *       one, no-auth (the server's loopback mode).
 *   <li>Branch and {@code at}: the server's session options {@code schema} and {@code at}, kept
 *       per client by the session cookie.
 *   <li>Metadata: the server's {@value GraphDescription#ACTION} action; the schema source is
 *       compiled here ({@link SchemaParser}), so {@code DatabaseMetaData} answers as embedded.
 *   <li>Statements: server prepared statements ({@link RemotePlan}); rows stream
 *       ({@link FlightCursor}).
 *   <li>Transactions: {@code BeginTransaction}/{@code EndTransaction}; statements carry the id.
 * </ul>
 *
 * The session owns one Arrow {@link RootAllocator}; {@link #close()} closes the client and then the
 * allocator, which fails on a leak (every stream and parameter batch must have been freed).
 * Thread-safe for the calls statements make; the connection serialises the rest.
 */
public final class RemoteSession implements GraphSession {
  private final RemoteAddress address;
  private final String user;
  private final BufferAllocator allocator;
  private final FlightClient client;
  private final FlightSqlClient sql;
  private final CallOption[] options;
  private final String catalog;
  private final Scope scope;
  private final boolean readOnly;
  private final String at;
  private String branch;
  private volatile FlightSqlClient.Transaction transaction;

  private RemoteSession(RemoteAddress address, String user, BufferAllocator allocator, FlightClient client, FlightSqlClient sql,
      CallOption[] options, GraphDescription description, String branch, String at) {
    this.address = address;
    this.user = user;
    this.allocator = allocator;
    this.client = client;
    this.sql = sql;
    this.options = options;
    this.catalog = description.catalog();
    this.readOnly = description.readOnly();
    this.branch = branch;
    this.at = at;
    GraphMetadata metadata = new GraphMetadata(SchemaParser.parse(description.schemaSource(), "<server schema>"));
    this.scope = new Scope(catalog, metadata, this::branches);
  }

  /**
   * Connects to the server at {@code address}, authenticates, chooses the branch and snapshot, and
   * reads the graph's description.
   *
   * @param branch the branch, or null for {@code main}
   * @param at a commit id or ISO-8601 time of the branch to read, or null for its head
   * @param user the user name, or null for a server without authentication
   * @param password the user's password (null is empty)
   * @throws SQLException {@code 08001} when nothing answers at the address, naming it;
   *     {@code 28000} for a wrong user or password; {@code 3F000} for an unknown branch;
   *     {@code 42704} for an {@code at} that names no commit or time of the branch
   */
  public static RemoteSession open(RemoteAddress address, String branch, String at, String user, String password)
      throws SQLException {
    BufferAllocator allocator = new RootAllocator();
    FlightClient client = null;
    try {
      client = FlightClient.builder(allocator, Location.forGrpcInsecure(address.host(), address.port()))
          .intercept(new ClientCookieMiddleware.Factory()).build();
      CallOption[] options = new CallOption[0];
      if (user != null) {
        CredentialCallOption token = client.authenticateBasicToken(user, password == null ? "" : password)
            .orElseThrow(() -> new SQLException("the OmniGraph server at " + address
                + " accepted the credentials but sent no bearer token", "08001"));
        options = new CallOption[] {token};
      }
      FlightSqlClient sql = new FlightSqlClient(client);
      if (branch != null) {
        setOption(sql, options, "schema", branch, "3F000", "branch '" + branch + "' does not exist on the server");
      }
      if (at != null) {
        setOption(sql, options, "at", at, "42704", "'" + at + "' names no commit or time of branch '"
            + (branch == null ? GraphMetadata.MAIN_BRANCH : branch) + "'");
      }
      GraphDescription description = describe(client, options);
      return new RemoteSession(address, user, allocator, client, sql, options, description,
          branch == null ? GraphMetadata.MAIN_BRANCH : branch, at);
    } catch (FlightRuntimeException e) {
      closeAll(client, allocator);
      throw RemoteErrors.sql(e, address, true);
    } catch (SQLException | RuntimeException e) {
      closeAll(client, allocator);
      throw e;
    }
  }

  // What plans and cursors use.

  /** Where the server listens. */
  RemoteAddress address() {
    return address;
  }

  FlightSqlClient sql() {
    return sql;
  }

  /** The options of every call: the bearer token, when authenticated. */
  CallOption[] options() {
    return options;
  }

  /** The session's Arrow allocator, e.g. to watch how much a streamed result holds. */
  public BufferAllocator allocator() {
    return allocator;
  }

  /** The open transaction, or null. */
  FlightSqlClient.Transaction transaction() {
    return transaction;
  }

  /** Asks the server to cancel an execution; a failure to reach it is ignored (the stream is cancelled anyway). */
  void cancel(FlightInfo info) {
    try {
      sql.cancelFlightInfo(new CancelFlightInfoRequest(info), options);
    } catch (FlightRuntimeException e) {
      // The caller cancels the stream itself; a server that cannot be reached stops sending with it.
    }
  }

  /**
   * Closes a server prepared statement and frees its bound parameter batch. A server that cannot
   * be reached has dropped the connection, so there is nothing left to close there and the failure
   * is not reported; the batch is freed either way.
   */
  void closeQuietly(FlightSqlClient.PreparedStatement prepared) {
    try {
      prepared.close(options);
    } catch (FlightRuntimeException e) {
      prepared.clearParameters();
    }
  }

  /**
   * What to throw for a failed call of a statement's planning or execution: the engine's error
   * (thrown here, for the statement to translate as embedded), else the JDBC error returned.
   */
  SQLException failed(FlightRuntimeException error) {
    OmniGraphException engine = RemoteErrors.engine(error);
    if (engine != null) {
      throw engine;
    }
    return RemoteErrors.sql(error, address, false);
  }

  // GraphSession.

  @Override
  public String catalog() {
    return catalog;
  }

  @Override
  public Scope scope() {
    return scope;
  }

  /** Read from the server at each call, as the embedded driver reads the registry. */
  @Override
  public List<Routine> routines() throws SQLException {
    return describe().routines();
  }

  @Override
  public String userName() {
    return user == null ? "" : user;
  }

  @Override
  public synchronized String branch() {
    return branch;
  }

  @Override
  public boolean isReadOnly() {
    return readOnly;
  }

  @Override
  public synchronized String snapshot() {
    return "'" + branch + "' at " + at;
  }

  @Override
  public List<String> branches() throws SQLException {
    return describe().branches();
  }

  /** Sets the server session's {@code schema}. */
  @Override
  public synchronized void switchBranch(String branch) throws SQLException {
    try {
      setOption(sql, options, "schema", branch, "3F000", "branch '" + branch + "' does not exist on the server");
    } catch (FlightRuntimeException e) {
      throw RemoteErrors.sql(e, address, false);
    }
    this.branch = branch;
  }

  @Override
  public boolean inTransaction() {
    return transaction != null;
  }

  @Override
  public void begin() throws SQLException {
    try {
      transaction = sql.beginTransaction(options);
    } catch (FlightRuntimeException e) {
      throw RemoteErrors.sql(e, address, false);
    }
  }

  @Override
  public void commit() throws SQLException {
    FlightSqlClient.Transaction open = transaction;
    transaction = null;
    if (open != null) {
      try {
        sql.commit(open, options);
      } catch (FlightRuntimeException e) {
        throw RemoteErrors.sql(e, address, false);
      }
    }
  }

  @Override
  public void rollback() throws SQLException {
    FlightSqlClient.Transaction open = transaction;
    transaction = null;
    if (open != null) {
      try {
        sql.rollback(open, options);
      } catch (FlightRuntimeException e) {
        throw RemoteErrors.sql(e, address, false);
      }
    }
  }

  /** Prepares the text on the server; named after its {@code .gq} query, or {@code sql}. */
  @Override
  public StatementPlan planText(String text) throws SQLException {
    return new RemotePlan(this, text, null);
  }

  /**
   * Prepares {@code CALL name(?, ...)} with one marker per declared parameter (from the server's
   * description), so every argument binds by position as embedded; an unknown name is prepared
   * as {@code CALL name()} for the server's own error.
   */
  @Override
  public StatementPlan planCall(String name) throws SQLException {
    int count = 0;
    for (Routine routine : routines()) {
      if (routine.query().name().equals(name)) {
        count = routine.query().params().size();
      }
    }
    return new RemotePlan(this, "CALL " + name + "(" + String.join(", ", Collections.nCopies(count, "?")) + ")", name);
  }

  /** Asks the server for its actions within {@code timeoutSeconds} (0: 60 s). */
  @Override
  public boolean isValid(int timeoutSeconds) {
    CallOption[] timed = Arrays.copyOf(options, options.length + 1);
    timed[options.length] = CallOptions.timeout(timeoutSeconds == 0 ? 60 : timeoutSeconds, TimeUnit.SECONDS);
    try {
      describe(client, timed);
      return true;
    } catch (FlightRuntimeException | SQLException e) {
      return false;
    }
  }

  /**
   * Rolls back an open transaction (a server that cannot be reached rolls it back itself when it
   * stops), closes the client, then the allocator.
   *
   * @throws SQLException when Arrow buffers are still held (a stream or batch was not freed: a bug)
   */
  @Override
  public void close() throws SQLException {
    try {
      rollback();
    } catch (SQLException e) {
      // Nothing more can be done for a transaction the server cannot be told about.
    }
    try {
      sql.close();
    } catch (Exception e) {
      // The channel is shut down either way.
    }
    try {
      allocator.close();
    } catch (IllegalStateException e) {
      throw new SQLException("the connection to " + address + " closed with Arrow buffers still held: " + e.getMessage(), e);
    }
  }

  private GraphDescription describe() throws SQLException {
    try {
      return describe(client, options);
    } catch (FlightRuntimeException e) {
      throw RemoteErrors.sql(e, address, false);
    }
  }

  private static GraphDescription describe(FlightClient client, CallOption[] options) throws SQLException {
    Iterator<Result> results = client.doAction(new Action(GraphDescription.ACTION), options);
    byte[] body = results.next().getBody();
    results.forEachRemaining(result -> {});
    return GraphDescription.parse(body);
  }

  private static void setOption(FlightSqlClient sql, CallOption[] options, String name, String value, String state,
      String message) throws SQLException {
    Map<String, SessionOptionValue> request = new LinkedHashMap<>();
    request.put(name, SessionOptionValueFactory.makeSessionOptionValue(value));
    SetSessionOptionsResult result = sql.setSessionOptions(new SetSessionOptionsRequest(request), options);
    if (result.hasErrors()) {
      throw new SQLException(message, state);
    }
  }

  private static void closeAll(FlightClient client, BufferAllocator allocator) {
    try {
      if (client != null) {
        client.close();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    allocator.close();
  }
}
