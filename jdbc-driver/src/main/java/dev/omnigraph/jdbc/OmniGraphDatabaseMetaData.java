package dev.omnigraph.jdbc;

import dev.omnigraph.engine.QueryResult;
import dev.omnigraph.engine.ResultCursor;
import dev.omnigraph.jdbc.meta.ColumnRows;
import dev.omnigraph.jdbc.meta.EmptyRows;
import dev.omnigraph.jdbc.meta.IndexRows;
import dev.omnigraph.jdbc.meta.KeyRows;
import dev.omnigraph.jdbc.meta.ProcedureRows;
import dev.omnigraph.jdbc.meta.Routine;
import dev.omnigraph.jdbc.meta.Scope;
import dev.omnigraph.jdbc.meta.TableRows;
import dev.omnigraph.jdbc.meta.TypeInfoRows;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

/**
 * What a connection's graph looks like through JDBC ({@code ecosystem.md} §2.1, §2.2): the graph
 * is the one catalog (named after its directory), its branches are the schemas,
 * every node type and edge type is a table ({@link TableRows}), columns are typed as
 * {@link JdbcTypes} says ({@link ColumnRows}), edge tables' {@code src} and {@code dst} are
 * foreign keys to their endpoint tables' {@code id} ({@link KeyRows}), and stored queries are
 * procedures and table functions ({@link ProcedureRows}). Dialect and capability answers are in
 * {@link MetaDataDialect} and {@link MetaDataCapabilities}.
 *
 * <p>Every name argument is a {@code LIKE} pattern, also where JDBC says it is not one (DBeaver
 * passes {@code %} to {@code getPrimaryKeys}); null means any. Result sets have the column names
 * and order the {@link java.sql.DatabaseMetaData} javadoc lists, are in memory, and have no
 * statement. Every method throws {@code SQLException("connection is closed")} once the connection
 * is closed. Thread-safe.
 */
public final class OmniGraphDatabaseMetaData extends MetaDataCapabilities {
  private final OmniGraphConnection connection;
  private final Scope scope;

  /**
   * @param connection the connection described
   * @param scope the connection's graph and its name
   */
  OmniGraphDatabaseMetaData(OmniGraphConnection connection, Scope scope) {
    this.connection = connection;
    this.scope = scope;
  }

  /** The URL as given to connect, e.g. {@code jdbc:omnigraph:<graph-dir>}. */
  @Override
  public String getURL() throws SQLException {
    return connection.url();
  }

  /** The user a remote connection authenticated as; empty without one (an embedded graph has no accounts). */
  @Override
  public String getUserName() {
    return connection.userName();
  }

  /** As {@link OmniGraphConnection#isReadOnly()}. */
  @Override
  public boolean isReadOnly() throws SQLException {
    return connection.isReadOnly();
  }

  /** {@code OmniGraph}. */
  @Override
  public String getDatabaseProductName() {
    return "OmniGraph";
  }

  /** The engine's version, e.g. {@code 0.1.0-SNAPSHOT} ({@link DriverVersion}). */
  @Override
  public String getDatabaseProductVersion() {
    return DriverVersion.VERSION;
  }

  /** {@code OmniGraph JDBC}. */
  @Override
  public String getDriverName() {
    return "OmniGraph JDBC";
  }

  /** The driver's version, e.g. {@code 0.1.0-SNAPSHOT} ({@link DriverVersion}). */
  @Override
  public String getDriverVersion() {
    return DriverVersion.VERSION;
  }

  /** The major part of {@link #getDriverVersion()}. */
  @Override
  public int getDriverMajorVersion() {
    return DriverVersion.MAJOR;
  }

  /** The minor part of {@link #getDriverVersion()}. */
  @Override
  public int getDriverMinorVersion() {
    return DriverVersion.MINOR;
  }

  /** The major part of {@link #getDatabaseProductVersion()}. */
  @Override
  public int getDatabaseMajorVersion() {
    return DriverVersion.MAJOR;
  }

  /** The minor part of {@link #getDatabaseProductVersion()}. */
  @Override
  public int getDatabaseMinorVersion() {
    return DriverVersion.MINOR;
  }

  /** 4: JDBC 4.2. */
  @Override
  public int getJDBCMajorVersion() {
    return 4;
  }

  /** 2: JDBC 4.2. */
  @Override
  public int getJDBCMinorVersion() {
    return 2;
  }

  /**
   * {@link Connection#TRANSACTION_REPEATABLE_READ}, the JDBC name closest to what a transaction
   * gets: snapshot isolation. It reads the branch as it was when it began plus its own writes (no
   * dirty, non-repeatable or phantom reads), and its commit fails with SQLSTATE {@code 40001} when
   * another writer changed the same rows differently; disjoint concurrent changes both survive
   * (write skew is possible), so it is not {@code SERIALIZABLE}.
   */
  @Override
  public int getDefaultTransactionIsolation() {
    return Connection.TRANSACTION_REPEATABLE_READ;
  }

  /** True: with auto-commit off, statements are published together by {@code commit()}. */
  @Override
  public boolean supportsTransactions() {
    return true;
  }

  /**
   * True for {@code READ_UNCOMMITTED}, {@code READ_COMMITTED} and {@code REPEATABLE_READ}, which
   * {@link OmniGraphConnection#setTransactionIsolation} accepts and upgrades to snapshot isolation
   * (a stronger level is always allowed); false for {@code SERIALIZABLE} and {@code NONE}.
   */
  @Override
  public boolean supportsTransactionIsolationLevel(int level) {
    return level == Connection.TRANSACTION_READ_UNCOMMITTED || level == Connection.TRANSACTION_READ_COMMITTED
        || level == Connection.TRANSACTION_REPEATABLE_READ;
  }

  /** False: there is no DDL; schemas change through schema apply. */
  @Override
  public boolean supportsDataDefinitionAndDataManipulationTransactions() {
    return false;
  }

  /** True: transactions hold data manipulation only. */
  @Override
  public boolean supportsDataManipulationTransactionsOnly() {
    return true;
  }

  /** One row: the graph. */
  @Override
  public ResultSet getCatalogs() throws SQLException {
    return rows(TableRows.catalogs(scope));
  }

  /** Every branch of the graph, by name ({@code main} and the branches made since). */
  @Override
  public ResultSet getSchemas() throws SQLException {
    return rows(TableRows.schemas(scope, null, null));
  }

  /** The branches the patterns select. */
  @Override
  public ResultSet getSchemas(String catalog, String schemaPattern) throws SQLException {
    return rows(TableRows.schemas(scope, catalog, schemaPattern));
  }

  /** One row: {@code TABLE}. */
  @Override
  public ResultSet getTableTypes() throws SQLException {
    return rows(TableRows.tableTypes());
  }

  /** The node and edge tables the patterns select; see {@link TableRows#tables}. */
  @Override
  public ResultSet getTables(String catalog, String schemaPattern, String tableNamePattern, String[] types)
      throws SQLException {
    return rows(TableRows.tables(scope, catalog, schemaPattern, tableNamePattern, types));
  }

  /** The columns the patterns select; see {@link ColumnRows}. */
  @Override
  public ResultSet getColumns(String catalog, String schemaPattern, String tableNamePattern,
      String columnNamePattern) throws SQLException {
    return rows(ColumnRows.columns(scope, catalog, schemaPattern, tableNamePattern, columnNamePattern));
  }

  /** The primary keys of the tables the patterns select; see {@link KeyRows}. */
  @Override
  public ResultSet getPrimaryKeys(String catalog, String schema, String table) throws SQLException {
    return rows(KeyRows.primaryKeys(scope, catalog, schema, table));
  }

  /** The primary key of each selected table; see {@link KeyRows#bestRowIdentifier}. */
  @Override
  public ResultSet getBestRowIdentifier(String catalog, String schema, String table, int scopeOfUse,
      boolean nullable) throws SQLException {
    return rows(KeyRows.bestRowIdentifier(scope, catalog, schema, table));
  }

  /** The {@code src} and {@code dst} foreign keys of the selected edge tables. */
  @Override
  public ResultSet getImportedKeys(String catalog, String schema, String table) throws SQLException {
    return rows(KeyRows.importedKeys(scope, catalog, schema, table));
  }

  /** The edge-table foreign keys that reference the selected node tables. */
  @Override
  public ResultSet getExportedKeys(String catalog, String schema, String table) throws SQLException {
    return rows(KeyRows.exportedKeys(scope, catalog, schema, table));
  }

  /** The foreign keys from the selected foreign tables to the selected primary tables. */
  @Override
  public ResultSet getCrossReference(String parentCatalog, String parentSchema, String parentTable,
      String foreignCatalog, String foreignSchema, String foreignTable) throws SQLException {
    return rows(KeyRows.crossReference(scope, parentCatalog, parentSchema, parentTable, foreignCatalog,
        foreignSchema, foreignTable));
  }

  /** The primary key, id and schema indexes of the selected tables; see {@link IndexRows}. */
  @Override
  public ResultSet getIndexInfo(String catalog, String schema, String table, boolean unique, boolean approximate)
      throws SQLException {
    return rows(IndexRows.indexInfo(scope, catalog, schema, table, unique));
  }

  /** The SQL types columns can have; see {@link TypeInfoRows}. */
  @Override
  public ResultSet getTypeInfo() throws SQLException {
    return rows(TypeInfoRows.typeInfo());
  }

  /** The stored queries the patterns select; see {@link ProcedureRows}. */
  @Override
  public ResultSet getProcedures(String catalog, String schemaPattern, String procedureNamePattern)
      throws SQLException {
    return rows(ProcedureRows.procedures(scope, routines(), catalog, schemaPattern, procedureNamePattern));
  }

  /** The parameters and result columns of the selected stored queries; see {@link ProcedureRows}. */
  @Override
  public ResultSet getProcedureColumns(String catalog, String schemaPattern, String procedureNamePattern,
      String columnNamePattern) throws SQLException {
    return rows(ProcedureRows.procedureColumns(scope, routines(), catalog, schemaPattern, procedureNamePattern,
        columnNamePattern));
  }

  /** The stored queries the patterns select, as table functions; see {@link ProcedureRows}. */
  @Override
  public ResultSet getFunctions(String catalog, String schemaPattern, String functionNamePattern)
      throws SQLException {
    return rows(ProcedureRows.functions(scope, routines(), catalog, schemaPattern, functionNamePattern));
  }

  /** The parameters and result columns of the selected stored queries, as function columns. */
  @Override
  public ResultSet getFunctionColumns(String catalog, String schemaPattern, String functionNamePattern,
      String columnNamePattern) throws SQLException {
    return rows(ProcedureRows.functionColumns(scope, routines(), catalog, schemaPattern, functionNamePattern,
        columnNamePattern));
  }

  /** Empty: no user-defined types. */
  @Override
  public ResultSet getUDTs(String catalog, String schemaPattern, String typeNamePattern, int[] types)
      throws SQLException {
    return rows(EmptyRows.udts());
  }

  /** Empty: no type hierarchies. */
  @Override
  public ResultSet getSuperTypes(String catalog, String schemaPattern, String typeNamePattern) throws SQLException {
    return rows(EmptyRows.superTypes());
  }

  /** Empty: interfaces are not tables. */
  @Override
  public ResultSet getSuperTables(String catalog, String schemaPattern, String tableNamePattern)
      throws SQLException {
    return rows(EmptyRows.superTables());
  }

  /** Empty: no user-defined types. */
  @Override
  public ResultSet getAttributes(String catalog, String schemaPattern, String typeNamePattern,
      String attributeNamePattern) throws SQLException {
    return rows(EmptyRows.attributes());
  }

  /** Empty: no privileges. */
  @Override
  public ResultSet getColumnPrivileges(String catalog, String schema, String table, String columnNamePattern)
      throws SQLException {
    return rows(EmptyRows.columnPrivileges());
  }

  /** Empty: no privileges. */
  @Override
  public ResultSet getTablePrivileges(String catalog, String schemaPattern, String tableNamePattern)
      throws SQLException {
    return rows(EmptyRows.tablePrivileges());
  }

  /** Empty: no column changes behind a row's back. */
  @Override
  public ResultSet getVersionColumns(String catalog, String schema, String table) throws SQLException {
    return rows(EmptyRows.versionColumns());
  }

  /** Empty: no pseudo columns. */
  @Override
  public ResultSet getPseudoColumns(String catalog, String schemaPattern, String tableNamePattern,
      String columnNamePattern) throws SQLException {
    return rows(EmptyRows.pseudoColumns());
  }

  /** ApplicationName, ClientHostname, ClientUser. */
  @Override
  public ResultSet getClientInfoProperties() throws SQLException {
    return rows(EmptyRows.clientInfoProperties());
  }

  /** The connection described. */
  @Override
  public Connection getConnection() throws SQLException {
    connection.getCatalog(); // throws once closed
    return connection;
  }

  @Override
  public <T> T unwrap(Class<T> type) throws SQLException {
    return JdbcWrappers.unwrap(this, type);
  }

  @Override
  public boolean isWrapperFor(Class<?> type) {
    return type.isInstance(this);
  }

  private List<Routine> routines() throws SQLException {
    return connection.routines();
  }

  private ResultSet rows(QueryResult result) throws SQLException {
    connection.getCatalog(); // throws once closed
    return new OmniGraphResultSet(null, ResultCursor.of(result), 0);
  }
}
