package dev.omnigraph.flight.meta;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.arrow.flight.FlightProducer.ServerStreamListener;
import org.apache.arrow.flight.sql.FlightSqlProducer.Schemas;
import org.apache.arrow.flight.sql.SqlInfoBuilder;
import org.apache.arrow.flight.sql.impl.FlightSql.CommandGetSqlInfo;
import org.apache.arrow.flight.sql.impl.FlightSql.SqlInfo;
import org.apache.arrow.flight.sql.impl.FlightSql.SqlNullOrdering;
import org.apache.arrow.flight.sql.impl.FlightSql.SqlSupportedCaseSensitivity;
import org.apache.arrow.flight.sql.impl.FlightSql.SqlSupportedTransaction;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.calcite.sql.parser.SqlParser;

/**
 * Answers {@code GetSqlInfo} ({@code ecosystem.md} §3.2: the values the Flight SQL JDBC driver
 * caches on its first metadata call, and those ADBC reads on connect and in {@code adbc_get_info}):
 *
 * <pre>
 * server       name OmniGraph, version (the build's), Arrow version, read-only false
 * SQL          FLIGHT_SQL_SERVER_SQL true (SELECT over the node and edge tables); Substrait false
 * transactions TRANSACTION (no savepoints); cancel true; bulk ingestion true, also inside
 *              transactions; no statement or transaction timeout (0)
 * identifiers  quote {@code "}, case as written (reported UNKNOWN: the enum has no
 *              case-sensitive value); LIKE escape {@code \}; no extra name characters
 * terms        schema "branch", catalog "graph", procedure "stored query"
 * DDL          none (catalog, schema, table: false); nulls sort at start; keywords: Calcite's
 * </pre>
 *
 * Codes a client asks for that are not listed are left out of the answer rather than failing it.
 * Immutable and thread-safe after construction.
 */
public final class SqlInfos {
  private final SqlInfoBuilder builder;
  private final Set<Integer> provided = new TreeSet<>();

  /**
   * @param serverVersion this server's version, e.g. {@code 0.1.0-SNAPSHOT}
   * @param arrowVersion the Arrow Java version it runs on, e.g. {@code 18.3.0}
   */
  public SqlInfos(String serverVersion, String arrowVersion) {
    builder = new SqlInfoBuilder()
        .withFlightSqlServerName("OmniGraph")
        .withFlightSqlServerVersion(serverVersion)
        .withFlightSqlServerArrowVersion(arrowVersion)
        .withFlightSqlServerReadOnly(false)
        .withFlightSqlServerSql(true)
        .withFlightSqlServerSubstrait(false)
        .withFlightSqlServerTransaction(SqlSupportedTransaction.SQL_SUPPORTED_TRANSACTION_TRANSACTION)
        .withFlightSqlServerCancel(true)
        .withFlightSqlServerBulkIngestion(true)
        .withFlightSqlServerBulkIngestionTransaction(true)
        .withFlightSqlServerStatementTimeout(0)
        .withFlightSqlServerTransactionTimeout(0)
        .withSqlIdentifierQuoteChar("\"")
        .withSqlIdentifierCase(SqlSupportedCaseSensitivity.SQL_CASE_SENSITIVITY_UNKNOWN)
        .withSqlQuotedIdentifierCase(SqlSupportedCaseSensitivity.SQL_CASE_SENSITIVITY_UNKNOWN)
        .withSqlSearchStringEscape("\\")
        .withSqlExtraNameCharacters("")
        .withSqlSchemaTerm("branch")
        .withSqlCatalogTerm("graph")
        .withSqlProcedureTerm("stored query")
        .withSqlDdlCatalog(false)
        .withSqlDdlSchema(false)
        .withSqlDdlTable(false)
        .withSqlAllTablesAreSelectable(true)
        .withSqlNullOrdering(SqlNullOrdering.SQL_NULLS_SORTED_AT_START)
        .withSqlTransactionsSupported(true)
        .withSqlStoredProceduresSupported(true)
        .withSqlKeywords(keywords());
    for (SqlInfo info : List.of(SqlInfo.FLIGHT_SQL_SERVER_NAME, SqlInfo.FLIGHT_SQL_SERVER_VERSION,
        SqlInfo.FLIGHT_SQL_SERVER_ARROW_VERSION, SqlInfo.FLIGHT_SQL_SERVER_READ_ONLY, SqlInfo.FLIGHT_SQL_SERVER_SQL,
        SqlInfo.FLIGHT_SQL_SERVER_SUBSTRAIT, SqlInfo.FLIGHT_SQL_SERVER_TRANSACTION, SqlInfo.FLIGHT_SQL_SERVER_CANCEL,
        SqlInfo.FLIGHT_SQL_SERVER_BULK_INGESTION, SqlInfo.FLIGHT_SQL_SERVER_INGEST_TRANSACTIONS_SUPPORTED,
        SqlInfo.FLIGHT_SQL_SERVER_STATEMENT_TIMEOUT, SqlInfo.FLIGHT_SQL_SERVER_TRANSACTION_TIMEOUT,
        SqlInfo.SQL_IDENTIFIER_QUOTE_CHAR, SqlInfo.SQL_IDENTIFIER_CASE, SqlInfo.SQL_QUOTED_IDENTIFIER_CASE,
        SqlInfo.SQL_SEARCH_STRING_ESCAPE, SqlInfo.SQL_EXTRA_NAME_CHARACTERS, SqlInfo.SQL_SCHEMA_TERM, SqlInfo.SQL_CATALOG_TERM,
        SqlInfo.SQL_PROCEDURE_TERM, SqlInfo.SQL_DDL_CATALOG, SqlInfo.SQL_DDL_SCHEMA, SqlInfo.SQL_DDL_TABLE,
        SqlInfo.SQL_ALL_TABLES_ARE_SELECTABLE, SqlInfo.SQL_NULL_ORDERING, SqlInfo.SQL_TRANSACTIONS_SUPPORTED,
        SqlInfo.SQL_STORED_PROCEDURES_SUPPORTED, SqlInfo.SQL_KEYWORDS)) {
      provided.add(info.getNumber());
    }
  }

  /** The info codes this server answers, ascending. */
  public Set<Integer> provided() {
    return java.util.Collections.unmodifiableSet(provided);
  }

  /**
   * Sends the requested codes that are provided (all of them when {@code info} is empty), in the
   * order asked, in {@code FlightSqlProducer.Schemas.GET_SQL_INFO_SCHEMA}; none of them provided
   * sends no rows.
   */
  public void send(CommandGetSqlInfo command, BufferAllocator allocator, ServerStreamListener listener) {
    List<Integer> wanted = new ArrayList<>();
    if (command.getInfoCount() == 0) {
      wanted.addAll(provided);
    } else {
      command.getInfoList().stream().filter(provided::contains).forEach(wanted::add);
    }
    if (wanted.isEmpty()) {
      try (VectorSchemaRoot empty = VectorSchemaRoot.create(Schemas.GET_SQL_INFO_SCHEMA, allocator)) {
        listener.start(empty);
        listener.completed();
      }
      return;
    }
    builder.send(wanted, listener);
  }

  private static String[] keywords() {
    return Arrays.stream(SqlParser.create("").getMetadata().getJdbcKeywords().split(","))
        .map(String::trim).filter(k -> !k.isEmpty()).toArray(String[]::new);
  }
}
