package dev.omnigraph.jdbc.remote;

import dev.omnigraph.compiler.query.ParamDecl;
import dev.omnigraph.compiler.query.QueryParser;
import dev.omnigraph.engine.ResultColumn;
import dev.omnigraph.engine.ResultCursor;
import dev.omnigraph.engine.StatementText;
import dev.omnigraph.jdbc.StatementPlan;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.arrow.flight.FlightInfo;
import org.apache.arrow.flight.FlightRuntimeException;
import org.apache.arrow.flight.sql.FlightSqlClient;
import org.apache.arrow.vector.types.pojo.Field;

/**
 * A {@link StatementPlan} run by an OmniGraph server: the text is a server prepared statement
 * ({@code CreatePreparedStatement}), so syntax, type and name errors surface when it is planned,
 * as embedded. The server says what it is: a read announces its result schema (whose field
 * metadata gives each column's OmniGraph type and table, {@link WireColumns}), an update none; its
 * parameter schema gives the open parameters in binding order.
 *
 * <p>A read executes as {@code GetFlightInfo} plus a {@code DoGet} streamed by a
 * {@link FlightCursor}; an update as {@code DoPut(CommandPreparedStatementUpdate)}; parameter
 * values are bound first as one row ({@link ParameterBatch}). The server ties a prepared statement
 * to the transaction it was prepared in, so an execution in another transaction (or outside one)
 * prepares the text again, as an embedded plan is planned again on another handle.
 * {@link #close()} closes the server's prepared statement. Not thread-safe.
 */
final class RemotePlan implements StatementPlan {
  private final RemoteSession session;
  private final String text;
  private String name;
  private FlightSqlClient.PreparedStatement prepared;
  private FlightSqlClient.Transaction preparedIn;
  private List<ParamDecl> parameters;
  private List<ResultColumn> columns;
  private boolean update;

  /**
   * Prepares {@code text} on the server in the session's current transaction.
   *
   * @param name the query's name for messages, or null to take it from the text once the server
   *     accepted it (the {@code .gq} query's name, {@code sql} for SQL)
   * @throws dev.omnigraph.compiler.diag.OmniGraphException as the server's engine reports
   * @throws SQLException when the server cannot be reached
   */
  RemotePlan(RemoteSession session, String text, String name) throws SQLException {
    this.session = session;
    this.text = text;
    this.name = name;
    prepare();
  }

  @Override
  public String name() {
    if (name == null) {
      name = StatementText.isGq(text) ? QueryParser.parse(text, "<statement>").queries().get(0).name() : "sql";
    }
    return name;
  }

  @Override
  public List<ParamDecl> parameters() {
    return parameters;
  }

  @Override
  public boolean isUpdate() {
    return update;
  }

  @Override
  public List<ResultColumn> columns() {
    return columns;
  }

  @Override
  public ResultCursor open(Map<String, Object> params) throws SQLException {
    bind(params);
    try {
      FlightInfo info = prepared.execute(session.options());
      return new FlightCursor(session, info, columns);
    } catch (FlightRuntimeException e) {
      throw session.failed(e);
    }
  }

  @Override
  public long update(Map<String, Object> params) throws SQLException {
    bind(params);
    try {
      return prepared.executeUpdate(session.options());
    } catch (FlightRuntimeException e) {
      throw session.failed(e);
    }
  }

  /** Closes the server's prepared statement; a server that cannot be reached forgets it with the connection. */
  @Override
  public void close() {
    FlightSqlClient.PreparedStatement open = prepared;
    prepared = null;
    if (open != null) {
      session.closeQuietly(open);
    }
  }

  /** Prepares again when the session's transaction changed, then binds {@code params} to the open parameters. */
  private void bind(Map<String, Object> params) throws SQLException {
    if (prepared == null || preparedIn != session.transaction()) {
      close();
      prepare();
    }
    if (!parameters.isEmpty()) {
      prepared.setParameters(ParameterBatch.of(parameters, params, session.allocator()));
    }
  }

  private void prepare() throws SQLException {
    FlightSqlClient.Transaction transaction = session.transaction();
    try {
      prepared = transaction == null ? session.sql().prepare(text, session.options())
          : session.sql().prepare(text, transaction, session.options());
    } catch (FlightRuntimeException e) {
      throw session.failed(e);
    }
    preparedIn = transaction;
    try {
      List<ParamDecl> open = new ArrayList<>();
      for (Field field : prepared.getParameterSchema().getFields()) {
        open.add(new ParamDecl(field.getName(), WireColumns.type(field)));
      }
      parameters = List.copyOf(open);
      columns = WireColumns.columns(prepared.getResultSetSchema());
      update = columns.isEmpty();
    } catch (RuntimeException e) {
      close();
      throw e;
    }
  }
}
