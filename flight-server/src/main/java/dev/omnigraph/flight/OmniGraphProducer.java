package dev.omnigraph.flight;

import com.google.protobuf.Any;
import com.google.protobuf.ByteString;
import com.google.protobuf.InvalidProtocolBufferException;
import com.google.protobuf.Message;
import dev.omnigraph.engine.Graph;
import dev.omnigraph.flight.ingest.BulkIngest;
import dev.omnigraph.flight.meta.CatalogRows;
import dev.omnigraph.flight.meta.GraphDescription;
import dev.omnigraph.flight.meta.GraphScope;
import dev.omnigraph.flight.meta.KeyRows;
import dev.omnigraph.flight.meta.SqlInfos;
import dev.omnigraph.flight.meta.TableRows;
import dev.omnigraph.flight.meta.TypeInfoRows;
import dev.omnigraph.flight.session.SessionOptions;
import dev.omnigraph.flight.statement.PreparedStatements;
import dev.omnigraph.flight.statement.ResultBatches;
import dev.omnigraph.flight.statement.StatementCalls;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Supplier;
import org.apache.arrow.flight.Action;
import org.apache.arrow.flight.ActionType;
import org.apache.arrow.flight.CallStatus;
import org.apache.arrow.flight.CancelFlightInfoRequest;
import org.apache.arrow.flight.CancelStatus;
import org.apache.arrow.flight.CloseSessionRequest;
import org.apache.arrow.flight.CloseSessionResult;
import org.apache.arrow.flight.FlightDescriptor;
import org.apache.arrow.flight.FlightEndpoint;
import org.apache.arrow.flight.FlightInfo;
import org.apache.arrow.flight.FlightStream;
import org.apache.arrow.flight.GetSessionOptionsRequest;
import org.apache.arrow.flight.GetSessionOptionsResult;
import org.apache.arrow.flight.PutResult;
import org.apache.arrow.flight.Result;
import org.apache.arrow.flight.SchemaResult;
import org.apache.arrow.flight.SetSessionOptionsRequest;
import org.apache.arrow.flight.SetSessionOptionsResult;
import org.apache.arrow.flight.Ticket;
import org.apache.arrow.flight.sql.BasicFlightSqlProducer;
import org.apache.arrow.flight.sql.FlightSqlProducer;
import org.apache.arrow.flight.sql.FlightSqlUtils;
import org.apache.arrow.flight.sql.impl.FlightSql.ActionBeginSavepointRequest;
import org.apache.arrow.flight.sql.impl.FlightSql.ActionBeginSavepointResult;
import org.apache.arrow.flight.sql.impl.FlightSql.ActionBeginTransactionRequest;
import org.apache.arrow.flight.sql.impl.FlightSql.ActionBeginTransactionResult;
import org.apache.arrow.flight.sql.impl.FlightSql.ActionClosePreparedStatementRequest;
import org.apache.arrow.flight.sql.impl.FlightSql.ActionCreatePreparedStatementRequest;
import org.apache.arrow.flight.sql.impl.FlightSql.ActionEndSavepointRequest;
import org.apache.arrow.flight.sql.impl.FlightSql.ActionEndTransactionRequest;
import org.apache.arrow.flight.sql.impl.FlightSql.CommandGetCrossReference;
import org.apache.arrow.flight.sql.impl.FlightSql.CommandGetDbSchemas;
import org.apache.arrow.flight.sql.impl.FlightSql.CommandGetExportedKeys;
import org.apache.arrow.flight.sql.impl.FlightSql.CommandGetImportedKeys;
import org.apache.arrow.flight.sql.impl.FlightSql.CommandGetPrimaryKeys;
import org.apache.arrow.flight.sql.impl.FlightSql.CommandGetSqlInfo;
import org.apache.arrow.flight.sql.impl.FlightSql.CommandGetTables;
import org.apache.arrow.flight.sql.impl.FlightSql.CommandGetXdbcTypeInfo;
import org.apache.arrow.flight.sql.impl.FlightSql.CommandPreparedStatementQuery;
import org.apache.arrow.flight.sql.impl.FlightSql.CommandPreparedStatementUpdate;
import org.apache.arrow.flight.sql.impl.FlightSql.CommandStatementIngest;
import org.apache.arrow.flight.sql.impl.FlightSql.CommandStatementQuery;
import org.apache.arrow.flight.sql.impl.FlightSql.CommandStatementUpdate;
import org.apache.arrow.flight.sql.impl.FlightSql.DoPutPreparedStatementResult;
import org.apache.arrow.flight.sql.impl.FlightSql.DoPutUpdateResult;
import org.apache.arrow.flight.sql.impl.FlightSql.TicketStatementQuery;
import org.apache.arrow.memory.ArrowBuf;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.vector.types.pojo.Schema;

/**
 * The Flight SQL producer over one {@link Graph}: decodes each call and hands it to the class that
 * owns it — metadata commands to {@code flight.meta}, statements and prepared statements to
 * {@link StatementCalls}, ingest to {@link BulkIngest}, session options to {@link SessionOptions}
 * — and turns every failure into a gRPC status through {@link FlightErrors}, so one bad call never
 * affects another.
 *
 * <p>Besides Flight SQL tickets, {@code DoGet} accepts a plain ticket whose bytes are statement
 * text in UTF-8 ({@code .gq} or a {@code CALL}), run without parameters: the convention for
 * {@code pyarrow.flight} users ({@code client.do_get(Ticket(b"query q() {...}"))}). A ticket that
 * is neither a Flight SQL command nor valid UTF-8 is {@code INVALID_ARGUMENT}. Besides Flight
 * SQL's actions, {@code DoAction} answers {@value GraphDescription#ACTION} ({@link GraphDescription}).
 *
 * <p>Each call runs on the handle {@link CallGraphs} picks: the open transaction it names
 * ({@link Transactions}: its writes are one graph commit on commit, recording the user who began
 * it), else its session's branch, else {@code main}. Outside a transaction every update is its own
 * commit. Savepoints answer {@code UNIMPLEMENTED}. The caller's identity
 * ({@code CallContext.peerIdentity()}, empty without auth) owns its prepared statements and
 * transactions.
 *
 * <p>The file is over 400 lines because it is the one-method-per-RPC surface of
 * {@link FlightSqlProducer}; each method only decodes and delegates. Thread-safe.
 */
public final class OmniGraphProducer extends BasicFlightSqlProducer {
  private static final String SQL_COMMAND_PREFIX = "type.googleapis.com/arrow.flight.protocol.sql.";
  private static final String NO_SAVEPOINTS = "savepoints are not supported; commit or roll back the whole transaction";

  private final GraphScope scope;
  private final BufferAllocator allocator;
  private final SqlInfos sqlInfos;
  private final StatementCalls statements;
  private final SessionOptions sessions;
  private final Cancellations cancellations = new Cancellations();
  private final Transactions transactions = new Transactions();
  private final CallGraphs graphs;

  /**
   * @param graph the graph served (its {@code main} handle)
   * @param scope its catalog and tables
   * @param allocator the server's allocator; metadata and result batches are taken from it
   * @param sqlInfos the {@code GetSqlInfo} answer
   * @param prepared the open prepared statements
   * @param batches how results are streamed
   * @param sessions session options
   */
  OmniGraphProducer(Graph graph, GraphScope scope, BufferAllocator allocator, SqlInfos sqlInfos, PreparedStatements prepared,
      ResultBatches batches, SessionOptions sessions) {
    this.scope = scope;
    this.allocator = allocator;
    this.sqlInfos = sqlInfos;
    this.statements = new StatementCalls(prepared, batches, transactions::isOpen);
    this.sessions = sessions;
    this.graphs = new CallGraphs(graph, sessions, transactions);
  }

  // Entry points: decode, dispatch, translate errors.

  @Override
  public FlightInfo getFlightInfo(CallContext context, FlightDescriptor descriptor) {
    FlightInfo info = translated(() -> super.getFlightInfo(context, descriptor));
    cancellations.forget(info);
    return info;
  }

  @Override
  public SchemaResult getSchema(CallContext context, FlightDescriptor descriptor) {
    return translated(() -> super.getSchema(context, descriptor));
  }

  @Override
  public void getStream(CallContext context, Ticket ticket, ServerStreamListener listener) {
    try {
      if (cancellations.isCancelled(ticket.getBytes())) {
        throw CallStatus.CANCELLED.withDescription("the query was cancelled").toRuntimeException();
      }
      Any command = flightSqlCommand(ticket.getBytes());
      if (command == null) {
        statements.streamQuery(graphs.branch(context), plainText(ticket.getBytes()), listener,
            cancellations.signal(ticket.getBytes()));
      } else {
        super.getStream(context, ticket, listener);
      }
    } catch (Throwable error) {
      listener.error(FlightErrors.toFlight(error));
    }
  }

  @Override
  public Runnable acceptPut(CallContext context, FlightStream flightStream, StreamListener<PutResult> ackStream) {
    Runnable put = translated(() -> super.acceptPut(context, flightStream, ackStream));
    return () -> {
      try {
        put.run();
      } catch (Throwable error) {
        ackStream.onError(FlightErrors.toFlight(error));
      }
    };
  }

  /** Flight SQL's actions and OmniGraph's {@value GraphDescription#ACTION}. */
  @Override
  public void listActions(CallContext context, StreamListener<ActionType> listener) {
    FlightSqlUtils.FLIGHT_SQL_ACTIONS.forEach(listener::onNext);
    listener.onNext(GraphDescription.TYPE);
    listener.onCompleted();
  }

  @Override
  public void doAction(CallContext context, Action action, StreamListener<Result> listener) {
    try {
      if (action.getType().equals(GraphDescription.ACTION)) {
        listener.onNext(new Result(GraphDescription.describe(scope, graphs.branch(context))));
        listener.onCompleted();
      } else {
        super.doAction(context, action, listener);
      }
    } catch (Throwable error) {
      listener.onError(FlightErrors.toFlight(error));
    }
  }

  // Metadata.

  @Override
  protected <T extends Message> List<FlightEndpoint> determineEndpoints(T request, FlightDescriptor descriptor, Schema schema) {
    return List.of(new FlightEndpoint(new Ticket(Any.pack(request).toByteArray())));
  }

  @Override
  public void getStreamSqlInfo(CommandGetSqlInfo command, CallContext context, ServerStreamListener listener) {
    sqlInfos.send(command, allocator, listener);
  }

  @Override
  public void getStreamTypeInfo(CommandGetXdbcTypeInfo request, CallContext context, ServerStreamListener listener) {
    TypeInfoRows.send(request, allocator, listener);
  }

  @Override
  public void getStreamCatalogs(CallContext context, ServerStreamListener listener) {
    CatalogRows.catalogs(scope, allocator, listener);
  }

  @Override
  public void getStreamSchemas(CommandGetDbSchemas command, CallContext context, ServerStreamListener listener) {
    CatalogRows.schemas(scope, command, allocator, listener);
  }

  @Override
  public void getStreamTables(CommandGetTables command, CallContext context, ServerStreamListener listener) {
    TableRows.send(scope, command, allocator, listener);
  }

  @Override
  public void getStreamTableTypes(CallContext context, ServerStreamListener listener) {
    CatalogRows.tableTypes(allocator, listener);
  }

  @Override
  public void getStreamPrimaryKeys(CommandGetPrimaryKeys command, CallContext context, ServerStreamListener listener) {
    KeyRows.primaryKeys(scope, command, allocator, listener);
  }

  @Override
  public void getStreamImportedKeys(CommandGetImportedKeys command, CallContext context, ServerStreamListener listener) {
    KeyRows.importedKeys(scope, command, allocator, listener);
  }

  @Override
  public void getStreamExportedKeys(CommandGetExportedKeys command, CallContext context, ServerStreamListener listener) {
    KeyRows.exportedKeys(scope, command, allocator, listener);
  }

  @Override
  public void getStreamCrossReference(CommandGetCrossReference command, CallContext context, ServerStreamListener listener) {
    KeyRows.crossReference(scope, command, allocator, listener);
  }

  // Statements.

  @Override
  public FlightInfo getFlightInfoStatement(CommandStatementQuery command, CallContext context, FlightDescriptor descriptor) {
    return statements.queryInfo(graphs.of(context, command.getTransactionId()), command, descriptor);
  }

  @Override
  public SchemaResult getSchemaStatement(CommandStatementQuery command, CallContext context, FlightDescriptor descriptor) {
    return new SchemaResult(statements.querySchema(graphs.of(context, command.getTransactionId()), command.getQuery()));
  }

  @Override
  public void getStreamStatement(TicketStatementQuery ticket, CallContext context, ServerStreamListener listener) {
    byte[] bytes = Any.pack(ticket).toByteArray();
    CommandStatementQuery command = StatementCalls.command(ticket);
    statements.streamQuery(graphs.of(context, command.getTransactionId()), command.getQuery(), listener,
        cancellations.signal(bytes));
  }

  @Override
  public Runnable acceptPutStatement(CommandStatementUpdate command, CallContext context, FlightStream flightStream,
      StreamListener<PutResult> ackStream) {
    return () -> sendUpdateCount(statements.update(graphs.of(context, command.getTransactionId()), command.getQuery()), ackStream);
  }

  @Override
  public void createPreparedStatement(ActionCreatePreparedStatementRequest request, CallContext context,
      StreamListener<Result> listener) {
    listener.onNext(new Result(Any.pack(statements.prepare(graphs.of(context, request.getTransactionId()), request.getTransactionId(),
        request.getQuery(), context.peerIdentity())).toByteArray()));
    listener.onCompleted();
  }

  @Override
  public void closePreparedStatement(ActionClosePreparedStatementRequest request, CallContext context,
      StreamListener<Result> listener) {
    statements.close(request.getPreparedStatementHandle(), context.peerIdentity());
    listener.onCompleted();
  }

  @Override
  public FlightInfo getFlightInfoPreparedStatement(CommandPreparedStatementQuery command, CallContext context,
      FlightDescriptor descriptor) {
    return statements.preparedInfo(command, context.peerIdentity(), descriptor);
  }

  @Override
  public SchemaResult getSchemaPreparedStatement(CommandPreparedStatementQuery command, CallContext context,
      FlightDescriptor descriptor) {
    return new SchemaResult(statements.preparedSchema(command, context.peerIdentity()));
  }

  @Override
  public void getStreamPreparedStatement(CommandPreparedStatementQuery command, CallContext context,
      ServerStreamListener listener) {
    byte[] bytes = Any.pack(command).toByteArray();
    statements.streamPrepared(command, context.peerIdentity(), listener, cancellations.signal(bytes));
  }

  @Override
  public Runnable acceptPutPreparedStatementQuery(CommandPreparedStatementQuery command, CallContext context,
      FlightStream flightStream, StreamListener<PutResult> ackStream) {
    return () -> {
      statements.bind(command, context.peerIdentity(), flightStream);
      DoPutPreparedStatementResult result = DoPutPreparedStatementResult.newBuilder()
          .setPreparedStatementHandle(command.getPreparedStatementHandle()).build();
      sendMetadata(result.toByteArray(), ackStream);
    };
  }

  @Override
  public Runnable acceptPutPreparedStatementUpdate(CommandPreparedStatementUpdate command, CallContext context,
      FlightStream flightStream, StreamListener<PutResult> ackStream) {
    return () -> sendUpdateCount(statements.updatePrepared(command.getPreparedStatementHandle(), context.peerIdentity(), flightStream),
        ackStream);
  }

  @Override
  public Runnable acceptPutStatementBulkIngest(CommandStatementIngest command, CallContext context, FlightStream flightStream,
      StreamListener<PutResult> ackStream) {
    return () -> sendUpdateCount(BulkIngest.run(graphs.of(context, command.getTransactionId()), scope, command, flightStream),
        ackStream);
  }

  // Cancellation, sessions, transactions.

  @Override
  public void cancelFlightInfo(CancelFlightInfoRequest request, CallContext context, StreamListener<CancelStatus> listener) {
    listener.onNext(cancellations.cancel(request));
    listener.onCompleted();
  }

  @Override
  public void setSessionOptions(SetSessionOptionsRequest request, CallContext context,
      StreamListener<SetSessionOptionsResult> listener) {
    listener.onNext(sessions.set(request, context));
    listener.onCompleted();
  }

  @Override
  public void getSessionOptions(GetSessionOptionsRequest request, CallContext context,
      StreamListener<GetSessionOptionsResult> listener) {
    listener.onNext(sessions.get(context));
    listener.onCompleted();
  }

  @Override
  public void closeSession(CloseSessionRequest request, CallContext context, StreamListener<CloseSessionResult> listener) {
    listener.onNext(sessions.close(context));
    listener.onCompleted();
  }

  @Override
  public void beginTransaction(ActionBeginTransactionRequest request, CallContext context,
      StreamListener<ActionBeginTransactionResult> listener) {
    String user = context.peerIdentity();
    ByteString id = transactions.begin(graphs.branch(context), user, user.isEmpty() ? null : user);
    listener.onNext(ActionBeginTransactionResult.newBuilder().setTransactionId(id).build());
    listener.onCompleted();
  }

  @Override
  public void endTransaction(ActionEndTransactionRequest request, CallContext context, StreamListener<Result> listener) {
    switch (request.getAction()) {
      case END_TRANSACTION_COMMIT -> transactions.end(request.getTransactionId(), context.peerIdentity(), true);
      case END_TRANSACTION_ROLLBACK -> transactions.end(request.getTransactionId(), context.peerIdentity(), false);
      case END_TRANSACTION_UNSPECIFIED, UNRECOGNIZED -> throw FlightErrors.invalid("EndTransaction needs action COMMIT or ROLLBACK");
    }
    listener.onCompleted();
  }

  @Override
  public void beginSavepoint(ActionBeginSavepointRequest request, CallContext context,
      StreamListener<ActionBeginSavepointResult> listener) {
    listener.onError(FlightErrors.unimplemented(NO_SAVEPOINTS));
  }

  @Override
  public void endSavepoint(ActionEndSavepointRequest request, CallContext context, StreamListener<Result> listener) {
    listener.onError(FlightErrors.unimplemented(NO_SAVEPOINTS));
  }

  /** Rolls back the transactions still open; the server calls it when shutting down. */
  @Override
  public void close() {
    transactions.rollbackAll();
  }

  // Helpers.

  private void sendUpdateCount(long count, StreamListener<PutResult> ackStream) {
    sendMetadata(DoPutUpdateResult.newBuilder().setRecordCount(count).build().toByteArray(), ackStream);
  }

  private void sendMetadata(byte[] bytes, StreamListener<PutResult> ackStream) {
    try (ArrowBuf buffer = allocator.buffer(bytes.length)) {
      buffer.writeBytes(bytes);
      ackStream.onNext(PutResult.metadata(buffer));
    }
    ackStream.onCompleted();
  }

  /** The ticket's Flight SQL command, or null when the ticket is not one (a plain ticket). */
  private static Any flightSqlCommand(byte[] ticket) {
    try {
      Any any = Any.parseFrom(ticket);
      return any.getTypeUrl().startsWith(SQL_COMMAND_PREFIX) ? any : null;
    } catch (InvalidProtocolBufferException e) {
      return null;
    }
  }

  private static String plainText(byte[] ticket) {
    try {
      return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(ticket)).toString();
    } catch (CharacterCodingException e) {
      throw FlightErrors.invalid("the ticket is neither a Flight SQL command nor UTF-8 statement text");
    }
  }

  private static <T> T translated(Supplier<T> call) {
    try {
      return call.get();
    } catch (RuntimeException | Error error) {
      throw FlightErrors.toFlight(error);
    }
  }
}
