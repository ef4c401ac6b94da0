package dev.omnigraph.jdbc.meta;

import dev.omnigraph.engine.QueryResult;
import dev.omnigraph.engine.ResultColumn;
import java.util.ArrayList;
import java.util.List;

/**
 * The metadata shapes that have nothing to list, with their JDBC column names so a client that
 * reads them by name still works: user-defined types, super types and tables, attributes,
 * privileges (an embedded graph has no accounts), version columns (none is updated behind the
 * row's back) and pseudo columns. Also the client info properties a connection keeps.
 */
public final class EmptyRows {
  static final List<ResultColumn> UDTS = List.of(Col.text("TYPE_CAT"), Col.text("TYPE_SCHEM"), Col.text("TYPE_NAME"),
      Col.text("CLASS_NAME"), Col.integer("DATA_TYPE"), Col.text("REMARKS"), Col.integer("BASE_TYPE"));
  static final List<ResultColumn> SUPER_TYPES = Col.texts("TYPE_CAT", "TYPE_SCHEM", "TYPE_NAME", "SUPERTYPE_CAT",
      "SUPERTYPE_SCHEM", "SUPERTYPE_NAME");
  static final List<ResultColumn> SUPER_TABLES = Col.texts("TABLE_CAT", "TABLE_SCHEM", "TABLE_NAME", "SUPERTABLE_NAME");
  static final List<ResultColumn> ATTRIBUTES = List.of(Col.text("TYPE_CAT"), Col.text("TYPE_SCHEM"),
      Col.text("TYPE_NAME"), Col.text("ATTR_NAME"), Col.integer("DATA_TYPE"), Col.text("ATTR_TYPE_NAME"),
      Col.integer("ATTR_SIZE"), Col.integer("DECIMAL_DIGITS"), Col.integer("NUM_PREC_RADIX"), Col.integer("NULLABLE"),
      Col.text("REMARKS"), Col.text("ATTR_DEF"), Col.integer("SQL_DATA_TYPE"), Col.integer("SQL_DATETIME_SUB"),
      Col.integer("CHAR_OCTET_LENGTH"), Col.integer("ORDINAL_POSITION"), Col.text("IS_NULLABLE"),
      Col.text("SCOPE_CATALOG"), Col.text("SCOPE_SCHEMA"), Col.text("SCOPE_TABLE"), Col.integer("SOURCE_DATA_TYPE"));
  static final List<ResultColumn> COLUMN_PRIVILEGES = Col.texts("TABLE_CAT", "TABLE_SCHEM", "TABLE_NAME",
      "COLUMN_NAME", "GRANTOR", "GRANTEE", "PRIVILEGE", "IS_GRANTABLE");
  static final List<ResultColumn> TABLE_PRIVILEGES = Col.texts("TABLE_CAT", "TABLE_SCHEM", "TABLE_NAME", "GRANTOR",
      "GRANTEE", "PRIVILEGE", "IS_GRANTABLE");
  static final List<ResultColumn> VERSION_COLUMNS = List.of(Col.integer("SCOPE"), Col.text("COLUMN_NAME"),
      Col.integer("DATA_TYPE"), Col.text("TYPE_NAME"), Col.integer("COLUMN_SIZE"), Col.integer("BUFFER_LENGTH"),
      Col.integer("DECIMAL_DIGITS"), Col.integer("PSEUDO_COLUMN"));
  static final List<ResultColumn> PSEUDO_COLUMNS = List.of(Col.text("TABLE_CAT"), Col.text("TABLE_SCHEM"),
      Col.text("TABLE_NAME"), Col.text("COLUMN_NAME"), Col.integer("DATA_TYPE"), Col.integer("COLUMN_SIZE"),
      Col.integer("DECIMAL_DIGITS"), Col.integer("NUM_PREC_RADIX"), Col.text("COLUMN_USAGE"), Col.text("REMARKS"),
      Col.integer("CHAR_OCTET_LENGTH"), Col.text("IS_NULLABLE"));
  static final List<ResultColumn> CLIENT_INFO = List.of(Col.text("NAME"), Col.integer("MAX_LEN"),
      Col.text("DEFAULT_VALUE"), Col.text("DESCRIPTION"));

  /** The client info properties {@code getClientInfoProperties} lists; any value length is kept. */
  private static final List<String[]> CLIENT_INFO_ROWS = List.of(
      new String[] {"ApplicationName", "the name of the application using the connection"},
      new String[] {"ClientHostname", "the host the application runs on"},
      new String[] {"ClientUser", "the user the application works for"});

  private EmptyRows() {}

  /** No user-defined types. */
  public static QueryResult udts() {
    return Col.empty(UDTS);
  }

  /** No type hierarchies. */
  public static QueryResult superTypes() {
    return Col.empty(SUPER_TYPES);
  }

  /** No table hierarchies: interfaces are not tables. */
  public static QueryResult superTables() {
    return Col.empty(SUPER_TABLES);
  }

  /** No attributes of user-defined types. */
  public static QueryResult attributes() {
    return Col.empty(ATTRIBUTES);
  }

  /** No column privileges. */
  public static QueryResult columnPrivileges() {
    return Col.empty(COLUMN_PRIVILEGES);
  }

  /** No table privileges. */
  public static QueryResult tablePrivileges() {
    return Col.empty(TABLE_PRIVILEGES);
  }

  /** No version columns. */
  public static QueryResult versionColumns() {
    return Col.empty(VERSION_COLUMNS);
  }

  /** No pseudo columns. */
  public static QueryResult pseudoColumns() {
    return Col.empty(PSEUDO_COLUMNS);
  }

  /** ApplicationName, ClientHostname and ClientUser, ordered by name, with no length limit. */
  public static QueryResult clientInfoProperties() {
    List<Object[]> rows = new ArrayList<>();
    for (String[] property : CLIENT_INFO_ROWS) {
      rows.add(new Object[] {property[0], Integer.MAX_VALUE, null, property[1]});
    }
    return new QueryResult(CLIENT_INFO, rows);
  }
}
