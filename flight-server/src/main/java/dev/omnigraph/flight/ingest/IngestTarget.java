package dev.omnigraph.flight.ingest;

import dev.omnigraph.engine.LoadMode;
import dev.omnigraph.engine.meta.TableInfo;
import dev.omnigraph.flight.FlightErrors;
import dev.omnigraph.flight.meta.GraphScope;
import org.apache.arrow.flight.CallStatus;
import org.apache.arrow.flight.sql.impl.FlightSql.CommandStatementIngest;
import org.apache.arrow.flight.sql.impl.FlightSql.CommandStatementIngest.TableDefinitionOptions;

/**
 * Where an ingest goes and how: the table named by {@code CommandStatementIngest} and the load
 * mode its table-definition options map to. Every node and edge type's table always exists
 * (types come from the schema, not from ingest), so:
 *
 * <pre>
 * if_exists   APPEND -> append load (an id already stored fails: KEY_CONFLICT)
 *             REPLACE -> overwrite load (the table gets exactly the ingested rows)
 *             FAIL, UNSPECIFIED -> ALREADY_EXISTS (ADBC's mode="create")
 * unknown table, any if_not_exist (CREATE too) -> NOT_FOUND: types are added by a schema change
 * </pre>
 *
 * A catalog other than the graph's, a schema other than a branch and {@code temporary} are
 * refused. The schema does not pick the branch: the ingest runs on the call's handle (its
 * transaction or its session's branch). REPLACE with no rows leaves the table as it is (an
 * overwrite load replaces only the tables its input names). Immutable.
 *
 * @param table the table to load into
 * @param mode the load mode
 */
record IngestTarget(TableInfo table, LoadMode mode) {

  /**
   * Resolves the command.
   *
   * @throws org.apache.arrow.flight.FlightRuntimeException {@code NOT_FOUND},
   *     {@code ALREADY_EXISTS}, {@code UNIMPLEMENTED} or {@code INVALID_ARGUMENT} as the class
   *     comment says, each naming what to send instead
   */
  static IngestTarget of(GraphScope scope, CommandStatementIngest command) {
    if (command.hasCatalog() && !scope.catalogMatches(command.getCatalog())) {
      throw FlightErrors.notFound("catalog '" + command.getCatalog() + "' does not exist; this server's graph is '" + scope.catalog() + "'");
    }
    if (command.hasSchema() && !scope.schemaExists(command.getSchema())) {
      throw FlightErrors.notFound("schema (branch) '" + command.getSchema() + "' does not exist; branches: " + scope.schemas(null));
    }
    if (command.getTemporary()) {
      throw FlightErrors.unimplemented("temporary tables are not supported; ingest into a node or edge type's table");
    }
    TableDefinitionOptions options = command.getTableDefinitionOptions();
    TableInfo table = scope.metadata().table(command.getTable()).orElseThrow(() -> FlightErrors.notFound("table '"
        + command.getTable() + "' does not exist and ingest cannot create it: node and edge types come from the graph's"
        + " schema (.pg); tables: " + String.join(", ", scope.metadata().tables().stream().map(TableInfo::name).toList())));
    return switch (options.getIfExists()) {
      case TABLE_EXISTS_OPTION_APPEND -> new IngestTarget(table, LoadMode.APPEND);
      case TABLE_EXISTS_OPTION_REPLACE -> new IngestTarget(table, LoadMode.OVERWRITE);
      case TABLE_EXISTS_OPTION_FAIL, TABLE_EXISTS_OPTION_UNSPECIFIED -> throw CallStatus.ALREADY_EXISTS.withDescription("table '"
          + table.name() + "' exists (every node and edge type has its table); ingest with mode 'append' or 'replace'")
          .toRuntimeException();
      case UNRECOGNIZED -> throw FlightErrors.invalid("unknown if_exists option " + options.getIfExistsValue());
    };
  }
}
