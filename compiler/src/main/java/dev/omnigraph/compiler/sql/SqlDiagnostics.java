package dev.omnigraph.compiler.sql;

import dev.omnigraph.compiler.diag.ErrorCode;
import dev.omnigraph.compiler.diag.OmniGraphException;
import dev.omnigraph.compiler.diag.SourceLocation;
import org.apache.calcite.runtime.CalciteContextException;
import org.apache.calcite.sql.parser.SqlParseException;
import org.apache.calcite.sql.parser.SqlParserPos;

/**
 * Turns Calcite's parse and validation errors into {@link OmniGraphException}s that carry the
 * place in the statement text, e.g. {@code <statement>:1:15: Object 'Persn' not found}:
 * a parse error is {@code SYNTAX_ERROR} (SQLSTATE 42601); an unknown table, column (an
 * {@code INSERT}/{@code UPDATE} target column too) or function
 * {@code NOT_FOUND} (42704); any other validation error {@code TYPE_ERROR} (42804).
 */
final class SqlDiagnostics {
  private SqlDiagnostics() {}

  static OmniGraphException parse(SqlParseException error, String sourceName) {
    SqlParserPos pos = error.getPos();
    String message = firstLine(error.getMessage());
    return new OmniGraphException(ErrorCode.SYNTAX_ERROR, location(sourceName, pos.getLineNum(), pos.getColumnNum()),
        message, error);
  }

  static OmniGraphException validation(CalciteContextException error, String sourceName) {
    String message = error.getCause() != null ? error.getCause().getMessage() : error.getMessage();
    boolean notFound = message.contains("not found") || message.startsWith("No match found for function")
        || message.startsWith("Unknown target column");
    return new OmniGraphException(notFound ? ErrorCode.NOT_FOUND : ErrorCode.TYPE_ERROR,
        location(sourceName, error.getPosLine(), error.getPosColumn()), message, error);
  }

  private static SourceLocation location(String sourceName, int line, int column) {
    return line > 0 ? new SourceLocation(sourceName, line, Math.max(column, 0)) : null;
  }

  private static String firstLine(String message) {
    int end = message.indexOf('\n');
    return end < 0 ? message : message.substring(0, end);
  }
}
