package dev.omnigraph.compiler.diag;

/**
 * A place in an input: a source name (a file path, {@code <inline>}, or a JSONL file), a 1-based
 * line and a 1-based column. A column of 0 means "the whole line" (used for JSONL records).
 *
 * @param source the name the user knows the input by, never null
 * @param line 1-based line number
 * @param column 1-based column number, or 0 when only the line is known
 */
public record SourceLocation(String source, int line, int column) {

  /** Renders {@code source:line:column}, or {@code source:line} when the column is unknown. */
  @Override
  public String toString() {
    return column > 0 ? source + ":" + line + ":" + column : source + ":" + line;
  }
}
