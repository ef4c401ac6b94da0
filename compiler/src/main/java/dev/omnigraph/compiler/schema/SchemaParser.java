package dev.omnigraph.compiler.schema;

import dev.omnigraph.compiler.diag.SyntaxErrors;
import dev.omnigraph.compiler.schema.ast.SchemaAst;
import dev.omnigraph.grammar.PgSchemaLexer;
import dev.omnigraph.grammar.PgSchemaParser;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonTokenStream;

/**
 * Parses {@code .pg} source into a validated {@link Catalog}: grammar, then
 * {@link SchemaAstBuilder}, then {@link CatalogBuilder}. Stateless.
 */
public final class SchemaParser {
  private SchemaParser() {}

  /**
   * @param sourceName the name used in error locations (a file path)
   * @throws dev.omnigraph.compiler.diag.OmniGraphException {@code SYNTAX_ERROR} or
   *     {@code SCHEMA_ERROR} at {@code sourceName:line:column}
   */
  public static Catalog parse(String source, String sourceName) {
    return CatalogBuilder.build(parseAst(source, sourceName), source);
  }

  /** The syntax tree of {@code source} as declarations, before validation. */
  public static SchemaAst.File parseAst(String source, String sourceName) {
    SyntaxErrors errors = new SyntaxErrors(sourceName);
    PgSchemaLexer lexer = new PgSchemaLexer(CharStreams.fromString(source, sourceName));
    errors.install(lexer);
    PgSchemaParser parser = new PgSchemaParser(new CommonTokenStream(lexer));
    errors.install(parser);
    return new SchemaAstBuilder(sourceName).file(parser.schemaFile());
  }
}
