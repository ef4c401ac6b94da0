package dev.omnigraph.jdbc;

import java.sql.DatabaseMetaData;
import java.sql.RowIdLifetime;
import org.apache.calcite.sql.parser.SqlParser;

/**
 * The SQL dialect and limits half of {@link OmniGraphDatabaseMetaData}: the constant answers
 * DBeaver reads on connect to decide quoting, qualification and labels ({@code ecosystem.md}
 * §2.1). SQL is Calcite's: identifiers are quoted with {@code "}, kept as written whether quoted
 * or not and matched ignoring case, so {@code Person}, {@code person} and {@code "Person"} name
 * one table; names may be qualified as {@code graph.branch.table}. No limit is known, so every
 * {@code getMax*} is 0. Immutable and thread-safe.
 */
abstract class MetaDataDialect implements DatabaseMetaData {
  private static final String KEYWORDS = SqlParser.create("").getMetadata().getJdbcKeywords();

  /** {@code "}. */
  @Override
  public String getIdentifierQuoteString() {
    return "\"";
  }

  /** Calcite's keywords that are not SQL:2003 keywords, comma-separated. */
  @Override
  public String getSQLKeywords() {
    return KEYWORDS;
  }

  /** The numeric functions SQL text may call: {@link dev.omnigraph.engine.exec.ScalarFunctions#NUMERIC}. */
  @Override
  public String getNumericFunctions() {
    return String.join(",", dev.omnigraph.engine.exec.ScalarFunctions.NUMERIC);
  }

  /** The string functions SQL text may call: {@link dev.omnigraph.engine.exec.ScalarFunctions#STRING}. */
  @Override
  public String getStringFunctions() {
    return String.join(",", dev.omnigraph.engine.exec.ScalarFunctions.STRING);
  }

  /** The system functions SQL text may call: {@link dev.omnigraph.engine.exec.ScalarFunctions#SYSTEM}. */
  @Override
  public String getSystemFunctions() {
    return String.join(",", dev.omnigraph.engine.exec.ScalarFunctions.SYSTEM);
  }

  /** The date and time functions SQL text may call: {@link dev.omnigraph.engine.exec.ScalarFunctions#TIME_DATE}. */
  @Override
  public String getTimeDateFunctions() {
    return String.join(",", dev.omnigraph.engine.exec.ScalarFunctions.TIME_DATE);
  }

  /** {@code \}, as {@link dev.omnigraph.engine.meta.NamePattern} reads patterns. */
  @Override
  public String getSearchStringEscape() {
    return dev.omnigraph.engine.meta.NamePattern.ESCAPE;
  }

  /** None: names are letters, digits and {@code _} ({@code pg-schema.md} §1). */
  @Override
  public String getExtraNameCharacters() {
    return "";
  }

  /** {@code branch}: schemas are the graph's branches. */
  @Override
  public String getSchemaTerm() {
    return "branch";
  }

  /** {@code stored query}. */
  @Override
  public String getProcedureTerm() {
    return "stored query";
  }

  /** {@code graph}: the catalog is the graph. */
  @Override
  public String getCatalogTerm() {
    return "graph";
  }

  /** True: {@code graph.branch.table}. */
  @Override
  public boolean isCatalogAtStart() {
    return true;
  }

  /** {@code .}. */
  @Override
  public String getCatalogSeparator() {
    return ".";
  }

  /** False: unquoted names keep their case but match ignoring it. */
  @Override
  public boolean supportsMixedCaseIdentifiers() {
    return false;
  }

  /** False: names keep their case. */
  @Override
  public boolean storesUpperCaseIdentifiers() {
    return false;
  }

  /** False: names keep their case. */
  @Override
  public boolean storesLowerCaseIdentifiers() {
    return false;
  }

  /** True: names keep their case ({@code Person}, {@code worksAt}). */
  @Override
  public boolean storesMixedCaseIdentifiers() {
    return true;
  }

  /** False: quoted names keep their case but also match ignoring it. */
  @Override
  public boolean supportsMixedCaseQuotedIdentifiers() {
    return false;
  }

  /** False: quoted names keep their case. */
  @Override
  public boolean storesUpperCaseQuotedIdentifiers() {
    return false;
  }

  /** False: quoted names keep their case. */
  @Override
  public boolean storesLowerCaseQuotedIdentifiers() {
    return false;
  }

  /** True: quoted names keep their case. */
  @Override
  public boolean storesMixedCaseQuotedIdentifiers() {
    return true;
  }

  /** True: Calcite sorts nulls as larger than any value (last ascending, first descending). */
  @Override
  public boolean nullsAreSortedHigh() {
    return true;
  }

  /** False: nulls sort high. */
  @Override
  public boolean nullsAreSortedLow() {
    return false;
  }

  /** False: nulls sort high. */
  @Override
  public boolean nullsAreSortedAtStart() {
    return false;
  }

  /** False: nulls sort high. */
  @Override
  public boolean nullsAreSortedAtEnd() {
    return false;
  }

  /** True. */
  @Override
  public boolean nullPlusNonNullIsNull() {
    return true;
  }

  /** {@link DatabaseMetaData#sqlStateSQL}: SQLSTATEs follow SQL:2003. */
  @Override
  public int getSQLStateType() {
    return sqlStateSQL;
  }

  /** {@link RowIdLifetime#ROWID_UNSUPPORTED}: rows are named by their {@code id} column instead. */
  @Override
  public RowIdLifetime getRowIdLifetime() {
    return RowIdLifetime.ROWID_UNSUPPORTED;
  }

  /** 0: no limit is known. */
  @Override
  public int getMaxBinaryLiteralLength() {
    return 0;
  }

  /** 0: no limit is known. */
  @Override
  public int getMaxCharLiteralLength() {
    return 0;
  }

  /** 0: no limit is known. */
  @Override
  public int getMaxColumnNameLength() {
    return 0;
  }

  /** 0: no limit is known. */
  @Override
  public int getMaxColumnsInGroupBy() {
    return 0;
  }

  /** 0: no limit is known. */
  @Override
  public int getMaxColumnsInIndex() {
    return 0;
  }

  /** 0: no limit is known. */
  @Override
  public int getMaxColumnsInOrderBy() {
    return 0;
  }

  /** 0: no limit is known. */
  @Override
  public int getMaxColumnsInSelect() {
    return 0;
  }

  /** 0: no limit is known. */
  @Override
  public int getMaxColumnsInTable() {
    return 0;
  }

  /** 0: no limit is known. */
  @Override
  public int getMaxConnections() {
    return 0;
  }

  /** 0: no limit is known. */
  @Override
  public int getMaxCursorNameLength() {
    return 0;
  }

  /** 0: no limit is known. */
  @Override
  public int getMaxIndexLength() {
    return 0;
  }

  /** 0: no limit is known. */
  @Override
  public int getMaxSchemaNameLength() {
    return 0;
  }

  /** 0: no limit is known. */
  @Override
  public int getMaxProcedureNameLength() {
    return 0;
  }

  /** 0: no limit is known. */
  @Override
  public int getMaxCatalogNameLength() {
    return 0;
  }

  /** 0: no limit is known. */
  @Override
  public int getMaxRowSize() {
    return 0;
  }

  /** False. */
  @Override
  public boolean doesMaxRowSizeIncludeBlobs() {
    return false;
  }

  /** 0: no limit is known. */
  @Override
  public int getMaxStatementLength() {
    return 0;
  }

  /** 0: no limit is known. */
  @Override
  public int getMaxStatements() {
    return 0;
  }

  /** 0: no limit is known. */
  @Override
  public int getMaxTableNameLength() {
    return 0;
  }

  /** 0: no limit is known. */
  @Override
  public int getMaxTablesInSelect() {
    return 0;
  }

  /** 0: no limit is known. */
  @Override
  public int getMaxUserNameLength() {
    return 0;
  }

  /** 0: no limit is known. */
  @Override
  public long getMaxLogicalLobSize() {
    return 0;
  }
}
