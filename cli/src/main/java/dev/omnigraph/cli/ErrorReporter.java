package dev.omnigraph.cli;

import dev.omnigraph.compiler.diag.OmniGraphException;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * Turns failures into the CLI's error contract: one {@code error: <message>} line on the
 * command's stderr writer, then an exit code. An {@link OmniGraphException}'s message already
 * reads {@code file:line:column: message}; any other exception is a bug and is reported as
 * {@code internal error: <exception>}. The stack trace follows only in debug mode.
 */
final class ErrorReporter implements IExecutionExceptionHandler, IParameterExceptionHandler {
  private final boolean debug;

  /** @param debug whether to print each failure's stack trace after its error line */
  ErrorReporter(boolean debug) {
    this.debug = debug;
  }

  /** Reports a failure of a command's {@code call()}; returns {@link OmniGraphCli#EXIT_FAILURE}. */
  @Override
  public int handleExecutionException(Exception failure, CommandLine command, ParseResult parsed) {
    String message =
        failure instanceof OmniGraphException ? failure.getMessage() : "internal error: " + failure;
    report(command.getErr(), message, failure);
    return OmniGraphCli.EXIT_FAILURE;
  }

  /**
   * Reports a usage error (unknown option, missing or conflicting arguments), pointing at the
   * command's {@code --help}; returns picocli's usage exit code, 2. The {@code Error: } prefix
   * picocli puts on some messages is dropped, since the line already starts with {@code error:}.
   */
  @Override
  public int handleParseException(ParameterException failure, String[] args) {
    CommandLine command = failure.getCommandLine();
    String message = failure.getMessage().replaceFirst("^Error: ", "");
    String help = "see '" + command.getCommandSpec().qualifiedName() + " --help'";
    report(command.getErr(), message + " (" + help + ")", failure);
    return command.getCommandSpec().exitCodeOnInvalidInput();
  }

  private void report(PrintWriter err, String message, Exception failure) {
    err.println("error: " + message);
    if (debug) {
      failure.printStackTrace(err);
    }
    err.flush();
  }
}
