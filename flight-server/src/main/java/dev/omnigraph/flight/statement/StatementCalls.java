package dev.omnigraph.flight.statement;

import com.google.protobuf.Any;
import com.google.protobuf.ByteString;
import com.google.protobuf.UnknownFieldSet;
import com.google.protobuf.InvalidProtocolBufferException;
import dev.omnigraph.compiler.diag.ErrorCode;
import dev.omnigraph.compiler.diag.OmniGraphException;
import dev.omnigraph.engine.Graph;
import dev.omnigraph.engine.ResultCursor;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.apache.arrow.flight.CallStatus;
import org.apache.arrow.flight.FlightDescriptor;
import org.apache.arrow.flight.FlightEndpoint;
import org.apache.arrow.flight.FlightInfo;
import org.apache.arrow.flight.FlightProducer.ServerStreamListener;
import org.apache.arrow.flight.FlightStream;
import org.apache.arrow.flight.Ticket;
import org.apache.arrow.flight.sql.impl.FlightSql.ActionCreatePreparedStatementResult;
import org.apache.arrow.flight.sql.impl.FlightSql.CommandPreparedStatementQuery;
import org.apache.arrow.flight.sql.impl.FlightSql.CommandStatementQuery;
import org.apache.arrow.flight.sql.impl.FlightSql.TicketStatementQuery;
import org.apache.arrow.vector.types.pojo.Field;
import org.apache.arrow.vector.types.pojo.Schema;

/**
 * The statement half of the Flight SQL surface, called by the producer: ad-hoc queries and
 * updates, prepared statements, parameter binding and execution. Statement text is planned by
 * {@link Statements}; a mutation asked for as a query runs when its ticket is redeemed and
 * streams no rows.
 *
 * <p>Every call names the graph handle it runs on: the session's branch or an open transaction's
 * handle (the producer resolves it); a prepared statement keeps the one it was prepared on.
 * Tickets: an ad-hoc statement's ticket is a {@code TicketStatementQuery} whose handle is the
 * {@code CommandStatementQuery} itself, so the server keeps no state for it; a prepared
 * statement's ticket is the {@code CommandPreparedStatementQuery} with its handle, executed with
 * the rows bound last.
 * Endpoints carry no location, so clients fetch from the server they asked.
 *
 * <p>Thread-safe; prepared statements are shared state in {@link PreparedStatements}.
 */
public final class StatementCalls {
  private final PreparedStatements prepared;
  private final ResultBatches batches;
  private final Predicate<ByteString> transactionOpen;

  /**
   * @param prepared the open prepared statements
   * @param batches how results are streamed
   * @param transactionOpen whether the transaction of an id is still open
   */
  public StatementCalls(PreparedStatements prepared, ResultBatches batches, Predicate<ByteString> transactionOpen) {
    this.prepared = prepared;
    this.batches = batches;
    this.transactionOpen = transactionOpen;
  }

  /**
   * {@code GetFlightInfo(CommandStatementQuery)}: plans the query on {@code graph} (so syntax and
   * type errors surface here) and answers its schema and one endpoint, whose ticket's handle is
   * the command itself (query and transaction id); the row count is unknown (-1). A mutation runs
   * here, as executing it (ADBC's {@code cursor.execute}) asks, and answers no endpoint and the
   * rows it changed as the record count.
   */
  public FlightInfo queryInfo(Graph graph, CommandStatementQuery command, FlightDescriptor descriptor) {
    Statement statement = Statements.plan(graph, command.getQuery());
    if (statement instanceof MutationStatement mutation) {
      return executed(descriptor, runAll(graph, mutation, List.of(requireNoParameters(mutation))));
    }
    TicketStatementQuery ticket = TicketStatementQuery.newBuilder().setStatementHandle(command.toByteString()).build();
    return info(statement.datasetSchema(), descriptor, Any.pack(ticket).toByteArray());
  }

  /** The dataset schema of {@code text} ({@code GetSchema(CommandStatementQuery)}). */
  public Schema querySchema(Graph graph, String text) {
    return Statements.plan(graph, text).datasetSchema();
  }

  /**
   * {@code DoGet} of an ad-hoc statement's ticket, or of a plain ticket holding statement text:
   * runs it without parameters and streams the rows.
   *
   * @throws OmniGraphException {@code INVALID_PARAMETER} when the statement declares parameters
   *     (prepare it and bind them instead); as {@link Statements#plan} and the engine's execution
   */
  public void streamQuery(Graph graph, String text, ServerStreamListener listener, CancelSignal cancel) {
    Statement statement = Statements.plan(graph, text);
    stream(graph, statement, List.of(requireNoParameters(statement)), listener, cancel);
  }

  /**
   * {@code DoPut(CommandStatementUpdate)}: runs a {@code .gq} mutation (or a call of a stored
   * one) without parameters and returns the node and edge rows it changed.
   *
   * @throws OmniGraphException {@code INVALID_PARAMETER} for a read, which is run as a query
   */
  public long update(Graph graph, String text) {
    Statement statement = Statements.plan(graph, text);
    if (!(statement instanceof MutationStatement mutation)) {
      throw new OmniGraphException(ErrorCode.INVALID_PARAMETER, "the statement is a read query; run it as a query (executeQuery), not as an update");
    }
    return mutation.run(graph, Map.of());
  }

  /**
   * {@code CreatePreparedStatement}: plans {@code text} on {@code graph} (the branch or
   * transaction it will run on) and registers it for {@code owner}. The
   * result carries the handle, the dataset schema (empty for a mutation: the Flight SQL JDBC
   * driver then executes it as an update), the parameter schema (the open parameters in
   * binding order, typed as {@link WireTypes}; empty when there are none) and {@code is_update}
   * ({@link #IS_UPDATE_FIELD}).
   */
  public ActionCreatePreparedStatementResult prepare(Graph graph, ByteString transactionId, String text, String owner) {
    Statement statement = Statements.plan(graph, text);
    ByteString handle = prepared.create(graph, transactionId, statement, owner);
    ActionCreatePreparedStatementResult.Builder result = ActionCreatePreparedStatementResult.newBuilder()
        .setPreparedStatementHandle(handle);
    if (!statement.isUpdate()) {
      result.setDatasetSchema(ByteString.copyFrom(statement.datasetSchema().serializeAsMessage()));
    }
    if (!statement.openParameters().isEmpty()) {
      List<Field> fields = new ArrayList<>();
      statement.openParameters().forEach(p -> fields.add(WireTypes.field(p.name(), p.type().withNullable(true), Map.of())));
      result.setParameterSchema(ByteString.copyFrom(new Schema(fields).serializeAsMessage()));
    }
    result.setUnknownFields(UnknownFieldSet.newBuilder()
        .addField(IS_UPDATE_FIELD, UnknownFieldSet.Field.newBuilder().addVarint(statement.isUpdate() ? 1 : 0).build())
        .build());
    return result.build();
  }

  /**
   * The field number of {@code optional bool is_update} in {@code ActionCreatePreparedStatementResult}:
   * the current {@code FlightSql.proto} (apache/arrow GH-49497) tells clients whether to execute a
   * prepared statement with {@code CommandPreparedStatementUpdate} ({@code true}) or
   * {@code CommandPreparedStatementQuery}. Arrow Java 18.3's generated class predates the field,
   * so it is written as an unknown field with the same wire encoding (a varint), which clients
   * that know it read and older clients skip.
   */
  static final int IS_UPDATE_FIELD = 4;

  /** {@code ClosePreparedStatement}. */
  public void close(ByteString handle, String owner) {
    prepared.close(handle, owner);
  }

  /**
   * {@code GetFlightInfo(CommandPreparedStatementQuery)}: the schema and one endpoint whose ticket
   * is the command; a prepared mutation runs here, once per bound row, as {@link #queryInfo} says.
   */
  public FlightInfo preparedInfo(CommandPreparedStatementQuery command, String owner, FlightDescriptor descriptor) {
    PreparedStatements.Prepared statement = live(command.getPreparedStatementHandle(), owner);
    if (statement.statement() instanceof MutationStatement mutation) {
      return executed(descriptor, runAll(statement.graph(), mutation, rowsToRun(statement)));
    }
    return info(statement.statement().datasetSchema(), descriptor, Any.pack(command).toByteArray());
  }

  /** {@code GetSchema(CommandPreparedStatementQuery)}. */
  public Schema preparedSchema(CommandPreparedStatementQuery command, String owner) {
    return prepared.get(command.getPreparedStatementHandle(), owner).statement().datasetSchema();
  }

  /**
   * {@code DoGet(CommandPreparedStatementQuery)}: runs the statement once per bound parameter row
   * (once with none when it has no parameters) and streams the results one after the other.
   *
   * @throws OmniGraphException {@code INVALID_PARAMETER} when it has parameters and none are bound
   */
  public void streamPrepared(CommandPreparedStatementQuery command, String owner, ServerStreamListener listener,
      CancelSignal cancel) {
    PreparedStatements.Prepared statement = live(command.getPreparedStatementHandle(), owner);
    stream(statement.graph(), statement.statement(), rowsToRun(statement), listener, cancel);
  }

  /**
   * {@code DoPut(CommandPreparedStatementQuery)}: binds the parameter rows of the stream (all its
   * batches, in order), replacing earlier ones.
   *
   * @throws OmniGraphException {@code INVALID_PARAMETER} for a batch that does not fit the
   *     parameters ({@link ParameterRows#rows})
   */
  public void bind(CommandPreparedStatementQuery command, String owner, FlightStream stream) {
    PreparedStatements.Prepared statement = prepared.get(command.getPreparedStatementHandle(), owner);
    statement.bind(readRows(statement.statement(), stream));
  }

  /**
   * {@code DoPut(CommandPreparedStatementUpdate)}: runs a prepared mutation once per parameter row
   * of the stream (once when it has no parameters), each as its own graph commit, and returns the
   * rows changed in all.
   *
   * @throws OmniGraphException {@code INVALID_PARAMETER} for a prepared read, or parameters that
   *     do not fit
   */
  public long updatePrepared(ByteString handle, String owner, FlightStream stream) {
    PreparedStatements.Prepared statement = live(handle, owner);
    if (!(statement.statement() instanceof MutationStatement mutation)) {
      throw new OmniGraphException(ErrorCode.INVALID_PARAMETER, "the prepared statement is a read query; execute it as a query, not as an update");
    }
    List<Map<String, Object>> rows = readRows(mutation, stream);
    if (rows.isEmpty()) {
      rows = rowsToRun(statement);
    }
    return runAll(statement.graph(), mutation, rows);
  }

  /**
   * The prepared statement of {@code handle}, whose transaction (if any) is still open.
   *
   * @throws OmniGraphException {@code INVALID_PARAMETER} when the transaction it was prepared in
   *     has ended: it cannot run in a later one, so prepare it again
   */
  private PreparedStatements.Prepared live(ByteString handle, String owner) {
    PreparedStatements.Prepared statement = prepared.get(handle, owner);
    if (!statement.transactionId().isEmpty() && !transactionOpen.test(statement.transactionId())) {
      throw new OmniGraphException(ErrorCode.INVALID_PARAMETER, "the transaction this statement was prepared in has ended;"
          + " prepare the statement again (in the current transaction)");
    }
    return statement;
  }

  private static Map<String, Object> requireNoParameters(Statement statement) {
    if (!statement.openParameters().isEmpty()) {
      throw new OmniGraphException(ErrorCode.INVALID_PARAMETER, "the statement takes parameters ("
          + ParameterRows.describe(statement.openParameters()) + "); prepare it and bind them with a parameter batch");
    }
    return Map.of();
  }

  private static long runAll(Graph graph, MutationStatement mutation, List<Map<String, Object>> rows) {
    long changed = 0;
    for (Map<String, Object> row : rows) {
      changed += mutation.run(graph, row);
    }
    return changed;
  }

  private static FlightInfo executed(FlightDescriptor descriptor, long changed) {
    return new FlightInfo(new Schema(List.of()), descriptor, List.of(), changed, -1);
  }

  private static List<Map<String, Object>> rowsToRun(PreparedStatements.Prepared statement) {
    if (statement.statement().openParameters().isEmpty()) {
      return List.of(Map.of());
    }
    if (statement.boundRows().isEmpty()) {
      throw new OmniGraphException(ErrorCode.INVALID_PARAMETER, "no parameters are bound; bind "
          + ParameterRows.describe(statement.statement().openParameters()) + " with a parameter batch (DoPut) before executing");
    }
    return statement.boundRows();
  }

  private static List<Map<String, Object>> readRows(Statement statement, FlightStream stream) {
    List<Map<String, Object>> rows = new ArrayList<>();
    while (stream.next()) {
      if (statement.openParameters().isEmpty() && stream.getRoot().getFieldVectors().isEmpty()) {
        continue;
      }
      rows.addAll(ParameterRows.rows(stream.getRoot(), statement.openParameters()));
    }
    return rows;
  }

  private void stream(Graph graph, Statement statement, List<Map<String, Object>> rows, ServerStreamListener listener,
      CancelSignal cancel) {
    if (statement instanceof ReadStatement read) {
      Iterator<Map<String, Object>> each = rows.iterator();
      Iterator<ResultCursor> executions = new Iterator<>() {
        @Override
        public boolean hasNext() {
          return each.hasNext();
        }

        @Override
        public ResultCursor next() {
          return read.open(each.next());
        }
      };
      batches.send(read.query().columns(), executions, listener, cancel);
    } else {
      MutationStatement mutation = (MutationStatement) statement;
      for (Map<String, Object> row : rows) {
        mutation.run(graph, row);
      }
      batches.send(List.of(), java.util.Collections.emptyIterator(), listener, cancel);
    }
  }

  private static FlightInfo info(Schema schema, FlightDescriptor descriptor, byte[] ticket) {
    return new FlightInfo(schema, descriptor, List.of(new FlightEndpoint(new Ticket(ticket))), -1, -1);
  }

  /**
   * The command of an ad-hoc ticket (see {@link #queryInfo}).
   *
   * @throws org.apache.arrow.flight.FlightRuntimeException {@code INVALID_ARGUMENT} for a handle
   *     this server did not make
   */
  public static CommandStatementQuery command(TicketStatementQuery ticket) {
    try {
      return CommandStatementQuery.parseFrom(ticket.getStatementHandle());
    } catch (InvalidProtocolBufferException e) {
      throw CallStatus.INVALID_ARGUMENT.withDescription("the statement ticket was not made by this server").toRuntimeException();
    }
  }
}
