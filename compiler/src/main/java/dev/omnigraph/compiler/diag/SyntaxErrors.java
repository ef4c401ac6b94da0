package dev.omnigraph.compiler.diag;

import org.antlr.v4.runtime.BaseErrorListener;
import org.antlr.v4.runtime.Parser;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Recognizer;
import org.antlr.v4.runtime.Token;

/**
 * An ANTLR error listener that turns the first syntax error into an {@code SYNTAX_ERROR}
 * {@link OmniGraphException} at {@code source:line:column}, naming the offending token.
 */
public final class SyntaxErrors extends BaseErrorListener {
  private final String source;

  public SyntaxErrors(String source) {
    this.source = source;
  }

  /** Replaces the default console listeners of a lexer or parser by this one. */
  public void install(Recognizer<?, ?> recognizer) {
    recognizer.removeErrorListeners();
    recognizer.addErrorListener(this);
  }

  @Override
  public void syntaxError(Recognizer<?, ?> recognizer, Object offendingSymbol, int line, int charPositionInLine,
      String msg, RecognitionException e) {
    // ANTLR prefixes a failed semantic predicate's message with "rule <name> ".
    String detail = e instanceof org.antlr.v4.runtime.FailedPredicateException && msg.startsWith("rule ")
        ? msg.substring(msg.indexOf(' ', 5) + 1) : msg;
    if (offendingSymbol instanceof Token token && recognizer instanceof Parser) {
      String text = token.getType() == Token.EOF ? "end of input" : "'" + token.getText() + "'";
      detail = "syntax error at " + text + ": " + detail;
    }
    throw new OmniGraphException(ErrorCode.SYNTAX_ERROR, new SourceLocation(source, line, charPositionInLine + 1), detail);
  }
}
