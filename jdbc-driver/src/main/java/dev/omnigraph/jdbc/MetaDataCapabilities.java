package dev.omnigraph.jdbc;

import java.sql.ResultSet;

/**
 * The capabilities half of {@link OmniGraphDatabaseMetaData}: what SQL and JDBC features the
 * driver has, as DBeaver and BI tools read them on connect ({@code ecosystem.md} §2.1). Queries
 * are SQL through Calcite (joins, outer joins, grouping, subqueries, unions) or {@code .gq};
 * result sets are forward-only and read-only; SQL {@code INSERT}/{@code UPDATE}/{@code DELETE},
 * {@code .gq} mutations and calls of stored mutations return update counts; no DDL, no batches
 * in this version. Transaction answers live in {@link OmniGraphDatabaseMetaData}, next to the
 * connection they describe. Immutable and thread-safe.
 *
 * <p>Longer than 400 lines because JDBC asks some 80 yes/no questions, one method each; they are
 * kept in one list so a reader sees every answer in one place.
 */
abstract class MetaDataCapabilities extends MetaDataDialect {

  /** True for {@code TYPE_FORWARD_ONLY} with {@code CONCUR_READ_ONLY} only. */
  @Override
  public boolean supportsResultSetConcurrency(int type, int concurrency) {
    return type == ResultSet.TYPE_FORWARD_ONLY && concurrency == ResultSet.CONCUR_READ_ONLY;
  }

  /** {@link ResultSet#CLOSE_CURSORS_AT_COMMIT}. */
  @Override
  public int getResultSetHoldability() {
    return ResultSet.CLOSE_CURSORS_AT_COMMIT;
  }

  /** True: every stored query can be called, a read with {@code executeQuery}, a mutation with {@code executeUpdate}. */
  @Override
  public boolean allProceduresAreCallable() {
    return true;
  }

  /** True: every node and edge table can be read. */
  @Override
  public boolean allTablesAreSelectable() {
    return true;
  }

  /** True: the graph is a local directory. */
  @Override
  public boolean usesLocalFiles() {
    return true;
  }

  /** True: each table is one Lance dataset directory. */
  @Override
  public boolean usesLocalFilePerTable() {
    return true;
  }

  /** False: schemas change through schema apply, not SQL. */
  @Override
  public boolean supportsAlterTableWithAddColumn() {
    return false;
  }

  /** False: schemas change through schema apply, not SQL. */
  @Override
  public boolean supportsAlterTableWithDropColumn() {
    return false;
  }

  /** True. */
  @Override
  public boolean supportsColumnAliasing() {
    return true;
  }

  /** False: use CAST. */
  @Override
  public boolean supportsConvert() {
    return false;
  }

  /** True. */
  @Override
  public boolean supportsTableCorrelationNames() {
    return true;
  }

  /** False: an alias may equal a table name. */
  @Override
  public boolean supportsDifferentTableCorrelationNames() {
    return false;
  }

  /** True. */
  @Override
  public boolean supportsExpressionsInOrderBy() {
    return true;
  }

  /** True. */
  @Override
  public boolean supportsOrderByUnrelated() {
    return true;
  }

  /** True. */
  @Override
  public boolean supportsGroupBy() {
    return true;
  }

  /** True. */
  @Override
  public boolean supportsGroupByUnrelated() {
    return true;
  }

  /** True. */
  @Override
  public boolean supportsGroupByBeyondSelect() {
    return true;
  }

  /** True. */
  @Override
  public boolean supportsLikeEscapeClause() {
    return true;
  }

  /** False: one result per execution. */
  @Override
  public boolean supportsMultipleResultSets() {
    return false;
  }

  /** True: connections read independently. */
  @Override
  public boolean supportsMultipleTransactions() {
    return true;
  }

  /** True: properties without {@code ?} are NOT NULL. */
  @Override
  public boolean supportsNonNullableColumns() {
    return true;
  }

  /** True. */
  @Override
  public boolean supportsMinimumSQLGrammar() {
    return true;
  }

  /** False. */
  @Override
  public boolean supportsCoreSQLGrammar() {
    return false;
  }

  /** False. */
  @Override
  public boolean supportsExtendedSQLGrammar() {
    return false;
  }

  /** True for queries: Calcite parses and validates SQL:2003 queries. */
  @Override
  public boolean supportsANSI92EntryLevelSQL() {
    return true;
  }

  /** False. */
  @Override
  public boolean supportsANSI92IntermediateSQL() {
    return false;
  }

  /** False. */
  @Override
  public boolean supportsANSI92FullSQL() {
    return false;
  }

  /** False. */
  @Override
  public boolean supportsIntegrityEnhancementFacility() {
    return false;
  }

  /** True. */
  @Override
  public boolean supportsOuterJoins() {
    return true;
  }

  /** True. */
  @Override
  public boolean supportsFullOuterJoins() {
    return true;
  }

  /** True. */
  @Override
  public boolean supportsLimitedOuterJoins() {
    return true;
  }

  /** True: {@code main.Person}. */
  @Override
  public boolean supportsSchemasInDataManipulation() {
    return true;
  }

  /** False: {@code CALL name(...)} only. */
  @Override
  public boolean supportsSchemasInProcedureCalls() {
    return false;
  }

  /** False: no DDL. */
  @Override
  public boolean supportsSchemasInTableDefinitions() {
    return false;
  }

  /** False: no DDL. */
  @Override
  public boolean supportsSchemasInIndexDefinitions() {
    return false;
  }

  /** False: no privileges. */
  @Override
  public boolean supportsSchemasInPrivilegeDefinitions() {
    return false;
  }

  /** True: {@code graph.main.Person}. */
  @Override
  public boolean supportsCatalogsInDataManipulation() {
    return true;
  }

  /** False: {@code CALL name(...)} only. */
  @Override
  public boolean supportsCatalogsInProcedureCalls() {
    return false;
  }

  /** False: no DDL. */
  @Override
  public boolean supportsCatalogsInTableDefinitions() {
    return false;
  }

  /** False: no DDL. */
  @Override
  public boolean supportsCatalogsInIndexDefinitions() {
    return false;
  }

  /** False: no privileges. */
  @Override
  public boolean supportsCatalogsInPrivilegeDefinitions() {
    return false;
  }

  /** False. */
  @Override
  public boolean supportsPositionedDelete() {
    return false;
  }

  /** False. */
  @Override
  public boolean supportsPositionedUpdate() {
    return false;
  }

  /** False. */
  @Override
  public boolean supportsSelectForUpdate() {
    return false;
  }

  /** True: stored queries, called with {@code CALL name(...)}. */
  @Override
  public boolean supportsStoredProcedures() {
    return true;
  }

  /** True. */
  @Override
  public boolean supportsSubqueriesInComparisons() {
    return true;
  }

  /** True. */
  @Override
  public boolean supportsSubqueriesInExists() {
    return true;
  }

  /** True. */
  @Override
  public boolean supportsSubqueriesInIns() {
    return true;
  }

  /** True. */
  @Override
  public boolean supportsSubqueriesInQuantifieds() {
    return true;
  }

  /** True: Calcite decorrelates them into joins. */
  @Override
  public boolean supportsCorrelatedSubqueries() {
    return true;
  }

  /** True. */
  @Override
  public boolean supportsUnion() {
    return true;
  }

  /** True. */
  @Override
  public boolean supportsUnionAll() {
    return true;
  }

  /** False. */
  @Override
  public boolean supportsOpenCursorsAcrossCommit() {
    return false;
  }

  /** False. */
  @Override
  public boolean supportsOpenCursorsAcrossRollback() {
    return false;
  }

  /** True: statements survive. */
  @Override
  public boolean supportsOpenStatementsAcrossCommit() {
    return true;
  }

  /** True: statements survive. */
  @Override
  public boolean supportsOpenStatementsAcrossRollback() {
    return true;
  }

  /** False: each execution runs one statement (no {@code addBatch}). */
  @Override
  public boolean supportsBatchUpdates() {
    return false;
  }

  /** False. */
  @Override
  public boolean supportsSavepoints() {
    return false;
  }

  /** False: parameters bind by position. */
  @Override
  public boolean supportsNamedParameters() {
    return false;
  }

  /** False. */
  @Override
  public boolean supportsMultipleOpenResults() {
    return false;
  }

  /** False. */
  @Override
  public boolean supportsGetGeneratedKeys() {
    return false;
  }

  /** False: no LOB locators. */
  @Override
  public boolean locatorsUpdateCopy() {
    return false;
  }

  /** False. */
  @Override
  public boolean supportsStatementPooling() {
    return false;
  }

  /** True: <code>{call name(?)}</code> runs a stored query. */
  @Override
  public boolean supportsStoredFunctionsUsingCallSyntax() {
    return true;
  }

  /** False. */
  @Override
  public boolean autoCommitFailureClosesAllResultSets() {
    return false;
  }

  /** False. */
  @Override
  public boolean generatedKeyAlwaysReturned() {
    return false;
  }

  /** False. */
  @Override
  public boolean supportsRefCursors() {
    return false;
  }

  /** False. */
  @Override
  public boolean supportsSharding() {
    return false;
  }

  /** False: no DDL. */
  @Override
  public boolean dataDefinitionCausesTransactionCommit() {
    return false;
  }

  /** False: no DDL. */
  @Override
  public boolean dataDefinitionIgnoredInTransactions() {
    return false;
  }

  /** False: use CAST. */
  @Override
  public boolean supportsConvert(int fromType, int toType) {
    return false;
  }

  /** True for {@link ResultSet#TYPE_FORWARD_ONLY} only. */
  @Override
  public boolean supportsResultSetType(int type) {
    return type == ResultSet.TYPE_FORWARD_ONLY;
  }

  /** False: result sets are read-only. */
  @Override
  public boolean ownUpdatesAreVisible(int type) {
    return false;
  }

  /** False: result sets are read-only. */
  @Override
  public boolean ownDeletesAreVisible(int type) {
    return false;
  }

  /** False: result sets are read-only. */
  @Override
  public boolean ownInsertsAreVisible(int type) {
    return false;
  }

  /** False: a result reads one graph version. */
  @Override
  public boolean othersUpdatesAreVisible(int type) {
    return false;
  }

  /** False: a result reads one graph version. */
  @Override
  public boolean othersDeletesAreVisible(int type) {
    return false;
  }

  /** False: a result reads one graph version. */
  @Override
  public boolean othersInsertsAreVisible(int type) {
    return false;
  }

  /** False. */
  @Override
  public boolean updatesAreDetected(int type) {
    return false;
  }

  /** False. */
  @Override
  public boolean deletesAreDetected(int type) {
    return false;
  }

  /** False. */
  @Override
  public boolean insertsAreDetected(int type) {
    return false;
  }

  /** True for {@link ResultSet#CLOSE_CURSORS_AT_COMMIT} only. */
  @Override
  public boolean supportsResultSetHoldability(int holdability) {
    return holdability == ResultSet.CLOSE_CURSORS_AT_COMMIT;
  }
}
