package dev.omnigraph.compiler.query;

import dev.omnigraph.compiler.diag.SyntaxErrors;
import dev.omnigraph.compiler.query.ast.QueryFile;
import dev.omnigraph.grammar.GqQueryLexer;
import dev.omnigraph.grammar.GqQueryParser;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonTokenStream;

/** Parses {@code .gq} source into a {@link QueryFile} ({@code gq-language.md} §2-3). Stateless. */
public final class QueryParser {
  private QueryParser() {}

  /**
   * @param sourceName the name used in error locations (a file path or {@code <inline>})
   * @throws dev.omnigraph.compiler.diag.OmniGraphException {@code SYNTAX_ERROR} at
   *     {@code sourceName:line:column}, naming the offending token
   */
  public static QueryFile parse(String source, String sourceName) {
    SyntaxErrors errors = new SyntaxErrors(sourceName);
    GqQueryLexer lexer = new GqQueryLexer(CharStreams.fromString(source, sourceName));
    errors.install(lexer);
    GqQueryParser parser = new GqQueryParser(new CommonTokenStream(lexer));
    errors.install(parser);
    return new QueryAstBuilder(sourceName).file(parser.queryFile());
  }
}
