package dev.omnigraph.flight.ingest;

import dev.omnigraph.engine.Graph;
import dev.omnigraph.flight.meta.GraphScope;
import org.apache.arrow.flight.FlightStream;
import org.apache.arrow.flight.sql.impl.FlightSql.CommandStatementIngest;

/**
 * Runs {@code CommandStatementIngest} ({@code DoPut}): reads the whole Arrow stream, converts it
 * to JSONL ({@link IngestRows}) and loads it into one node or edge type as one graph commit, in
 * the mode {@link IngestTarget} derives from the command's options, on the call's graph handle
 * (inside a transaction, its handle: the load is then part of the transaction's commit). Nothing
 * is written unless
 * every row validates. The stream is held in memory as JSONL until the load (a load is one commit
 * and validates all rows together). Stateless; thread-safe.
 */
public final class BulkIngest {
  private BulkIngest() {}

  /**
   * Ingests the stream and returns the rows loaded.
   *
   * @throws org.apache.arrow.flight.FlightRuntimeException as {@link IngestTarget#of}
   * @throws dev.omnigraph.compiler.diag.OmniGraphException as {@link Graph#load(String, String,
   *     dev.omnigraph.engine.LoadMode)}, the JSONL line being the row number in the stream
   */
  public static long run(Graph graph, GraphScope scope, CommandStatementIngest command, FlightStream stream) {
    IngestTarget target = IngestTarget.of(scope, command);
    IngestRows rows = new IngestRows(target.table());
    while (stream.next()) {
      rows.add(stream.getRoot());
    }
    graph.load(rows.jsonl(), "<ingest " + target.table().name() + ">", target.mode());
    return rows.rowCount();
  }
}
