package dev.omnigraph.grammar;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.antlr.v4.runtime.BaseErrorListener;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.Lexer;
import org.antlr.v4.runtime.Parser;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Recognizer;
import org.antlr.v4.runtime.tree.ParseTree;

/** Test helper: parses with an error listener that records every syntax error. */
final class Parsing {

  private Parsing() {}

  /** A parse tree plus the syntax errors ("line:col message") met while building it. */
  record Result<T extends ParseTree>(T tree, List<String> errors) {
    T orFail() {
      if (!errors.isEmpty()) {
        throw new AssertionError("unexpected syntax errors: " + errors);
      }
      return tree;
    }
  }

  static Result<PgSchemaParser.SchemaFileContext> pg(String source) {
    return parse(new PgSchemaLexer(CharStreams.fromString(source)), PgSchemaParser::new,
        PgSchemaParser::schemaFile);
  }

  static Result<GqQueryParser.QueryFileContext> gq(String source) {
    return parse(new GqQueryLexer(CharStreams.fromString(source)), GqQueryParser::new,
        GqQueryParser::queryFile);
  }

  private static <P extends Parser, T extends ParseTree> Result<T> parse(Lexer lexer,
      Function<CommonTokenStream, P> newParser, Function<P, T> startRule) {
    List<String> errors = new ArrayList<>();
    BaseErrorListener listener = new BaseErrorListener() {
      @Override
      public void syntaxError(Recognizer<?, ?> recognizer, Object offendingSymbol, int line,
          int charPositionInLine, String msg, RecognitionException e) {
        errors.add(line + ":" + charPositionInLine + " " + msg);
      }
    };
    lexer.removeErrorListeners();
    lexer.addErrorListener(listener);
    P parser = newParser.apply(new CommonTokenStream(lexer));
    parser.removeErrorListeners();
    parser.addErrorListener(listener);
    T tree = startRule.apply(parser);
    return new Result<>(tree, errors);
  }
}
