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
import org.apache.arrow.flight.sql.impl.FlightSql.SqlOuterJoinsSupportLevel;
import org.apache.arrow.flight.sql.impl.FlightSql.SqlSupportedGroupBy;
import org.apache.arrow.flight.sql.impl.FlightSql.SqlSupportedResultSetType;
import org.apache.arrow.flight.sql.impl.FlightSql.SqlSupportedSubqueries;
import org.apache.arrow.flight.sql.impl.FlightSql.SqlSupportedUnions;
import org.apache.arrow.flight.sql.impl.FlightSql.SqlTransactionIsolationLevel;
import org.apache.arrow.flight.sql.impl.FlightSql.SupportedAnsi92SqlGrammarLevel;
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
 * SQL          as the embedded JDBC driver says: column aliases, correlation names, ORDER BY
 *              expressions and unrelated columns, GROUP BY unrelated, LIKE ESCAPE, full outer
 *              joins, ANSI-92 entry level, EXISTS/IN and correlated subqueries, UNION [ALL];
 *              no SELECT FOR UPDATE, batches, savepoints or named parameters; isolation
 *              repeatable read (snapshot) only; result sets forward only
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
        .withSqlKeywords(keywords())
        .withSqlSupportsColumnAliasing(true)
        .withSqlNullPlusNullIsNull(true)
        .withSqlSupportsTableCorrelationNames(true)
        .withSqlSupportsDifferentTableCorrelationNames(false)
        .withSqlSupportsExpressionsInOrderBy(true)
        .withSqlSupportsOrderByUnrelated(true)
        .withSqlSupportedGroupBy(SqlSupportedGroupBy.SQL_GROUP_BY_UNRELATED)
        .withSqlSupportsLikeEscapeClause(true)
        .withSqlSupportsNonNullableColumns(true)
        .withSqlSupportsIntegrityEnhancementFacility(false)
        .withSqlOuterJoinSupportLevel(SqlOuterJoinsSupportLevel.SQL_FULL_OUTER_JOINS)
        .withSqlAnsi92SupportedLevel(SupportedAnsi92SqlGrammarLevel.ANSI92_ENTRY_SQL)
        .withSqlSubQueriesSupported(SqlSupportedSubqueries.SQL_SUBQUERIES_IN_EXISTS, SqlSupportedSubqueries.SQL_SUBQUERIES_IN_INS)
        .withSqlCorrelatedSubqueriesSupported(true)
        .withSqlSupportedUnions(SqlSupportedUnions.SQL_UNION, SqlSupportedUnions.SQL_UNION_ALL)
        .withSqlCatalogAtStart(true)
        .withSqlSelectForUpdateSupported(false)
        .withSqlBatchUpdatesSupported(false)
        .withSqlSavepointsSupported(false)
        .withSqlNamedParametersSupported(false)
        .withSqlDefaultTransactionIsolation(SqlTransactionIsolationLevel.SQL_TRANSACTION_REPEATABLE_READ.getNumber())
        .withSqlSupportedTransactionsIsolationLevels(SqlTransactionIsolationLevel.SQL_TRANSACTION_REPEATABLE_READ)
        .withSqlSupportedResultSetTypes(SqlSupportedResultSetType.SQL_RESULT_SET_TYPE_FORWARD_ONLY);
    for (SqlInfo info : List.of(SqlInfo.FLIGHT_SQL_SERVER_NAME, SqlInfo.FLIGHT_SQL_SERVER_VERSION,
        SqlInfo.FLIGHT_SQL_SERVER_ARROW_VERSION, SqlInfo.FLIGHT_SQL_SERVER_READ_ONLY, SqlInfo.FLIGHT_SQL_SERVER_SQL,
        SqlInfo.FLIGHT_SQL_SERVER_SUBSTRAIT, SqlInfo.FLIGHT_SQL_SERVER_TRANSACTION, SqlInfo.FLIGHT_SQL_SERVER_CANCEL,
        SqlInfo.FLIGHT_SQL_SERVER_BULK_INGESTION, SqlInfo.FLIGHT_SQL_SERVER_INGEST_TRANSACTIONS_SUPPORTED,
        SqlInfo.FLIGHT_SQL_SERVER_STATEMENT_TIMEOUT, SqlInfo.FLIGHT_SQL_SERVER_TRANSACTION_TIMEOUT,
        SqlInfo.SQL_IDENTIFIER_QUOTE_CHAR, SqlInfo.SQL_IDENTIFIER_CASE, SqlInfo.SQL_QUOTED_IDENTIFIER_CASE,
        SqlInfo.SQL_SEARCH_STRING_ESCAPE, SqlInfo.SQL_EXTRA_NAME_CHARACTERS, SqlInfo.SQL_SCHEMA_TERM, SqlInfo.SQL_CATALOG_TERM,
        SqlInfo.SQL_PROCEDURE_TERM, SqlInfo.SQL_DDL_CATALOG, SqlInfo.SQL_DDL_SCHEMA, SqlInfo.SQL_DDL_TABLE,
        SqlInfo.SQL_ALL_TABLES_ARE_SELECTABLE, SqlInfo.SQL_NULL_ORDERING, SqlInfo.SQL_TRANSACTIONS_SUPPORTED,
        SqlInfo.SQL_STORED_PROCEDURES_SUPPORTED, SqlInfo.SQL_KEYWORDS, SqlInfo.SQL_SUPPORTS_COLUMN_ALIASING,
        SqlInfo.SQL_NULL_PLUS_NULL_IS_NULL, SqlInfo.SQL_SUPPORTS_TABLE_CORRELATION_NAMES,
        SqlInfo.SQL_SUPPORTS_DIFFERENT_TABLE_CORRELATION_NAMES, SqlInfo.SQL_SUPPORTS_EXPRESSIONS_IN_ORDER_BY,
        SqlInfo.SQL_SUPPORTS_ORDER_BY_UNRELATED, SqlInfo.SQL_SUPPORTED_GROUP_BY, SqlInfo.SQL_SUPPORTS_LIKE_ESCAPE_CLAUSE,
        SqlInfo.SQL_SUPPORTS_NON_NULLABLE_COLUMNS, SqlInfo.SQL_SUPPORTS_INTEGRITY_ENHANCEMENT_FACILITY,
        SqlInfo.SQL_OUTER_JOINS_SUPPORT_LEVEL, SqlInfo.SQL_ANSI92_SUPPORTED_LEVEL, SqlInfo.SQL_SUPPORTED_SUBQUERIES,
        SqlInfo.SQL_CORRELATED_SUBQUERIES_SUPPORTED, SqlInfo.SQL_SUPPORTED_UNIONS, SqlInfo.SQL_CATALOG_AT_START,
        SqlInfo.SQL_SELECT_FOR_UPDATE_SUPPORTED, SqlInfo.SQL_BATCH_UPDATES_SUPPORTED, SqlInfo.SQL_SAVEPOINTS_SUPPORTED,
        SqlInfo.SQL_NAMED_PARAMETERS_SUPPORTED, SqlInfo.SQL_DEFAULT_TRANSACTION_ISOLATION,
        SqlInfo.SQL_SUPPORTED_TRANSACTIONS_ISOLATION_LEVELS, SqlInfo.SQL_SUPPORTED_RESULT_SET_TYPES)) {
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
