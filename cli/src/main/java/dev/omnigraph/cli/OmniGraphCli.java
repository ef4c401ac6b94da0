package dev.omnigraph.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.ScopeType;

/**
 * The {@code omnigraph} command: the entry point of the launcher script and the root of the
 * picocli command tree ({@code init}, {@code load}, {@code query}, {@code mutate}, {@code explain}, {@code serve},
 * {@code queries add|list}, {@code branch create|list|delete|merge}, {@code log}, {@code lint}).
 *
 * <p>Exit codes: 0 on success; {@link #EXIT_FAILURE} when a command fails (an
 * {@link dev.omnigraph.compiler.diag.OmniGraphException} or any other error), reported as one
 * {@code error: <message>} line on stderr; 2 ({@link CommandLine.ExitCode#USAGE}) for a usage
 * error (unknown option, missing or conflicting arguments). A stack trace is printed only when
 * the environment variable {@code OMNIGRAPH_DEBUG} is {@code 1}.
 */
@Command(
    name = "omnigraph",
    mixinStandardHelpOptions = true,
    scope = ScopeType.INHERIT,
    versionProvider = VersionProvider.class,
    description = "A typed property-graph database stored as Lance columnar tables.",
    subcommands = {InitCommand.class, LoadCommand.class, QueryCommand.class, MutateCommand.class, ExplainCommand.class, QueriesCommand.class, ServeCommand.class,
        BranchCommand.class, LogCommand.class, LintCommand.class})
public final class OmniGraphCli {

  /** The exit code of a command that failed after its arguments were accepted. */
  public static final int EXIT_FAILURE = 1;

  /**
   * Runs the command line and exits the JVM with its exit code.
   *
   * @param args the arguments after {@code omnigraph}, e.g. {@code query g --file q.gq}
   */
  public static void main(String[] args) {
    boolean debug = "1".equals(System.getenv("OMNIGRAPH_DEBUG"));
    System.exit(commandLine(debug).execute(args));
  }

  /**
   * Builds the configured command tree, writing to {@code System.out}/{@code System.err} unless
   * the caller sets other writers with {@link CommandLine#setOut} and {@link CommandLine#setErr}.
   *
   * @param debug whether failures print their stack trace after the {@code error:} line
   * @return a command line whose {@link CommandLine#execute} returns the exit code described above
   */
  public static CommandLine commandLine(boolean debug) {
    CommandLine cli = new CommandLine(new OmniGraphCli());
    ErrorReporter reporter = new ErrorReporter(debug);
    cli.setExecutionExceptionHandler(reporter);
    cli.setParameterExceptionHandler(reporter);
    return cli;
  }
}
