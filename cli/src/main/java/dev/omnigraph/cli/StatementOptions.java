package dev.omnigraph.cli;

import dev.omnigraph.engine.QueryResult;
import java.nio.file.Path;
import java.util.Map;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * The options {@code query} and {@code mutate} share: the graph, the statement ({@code --file} /
 * {@code -e} text, or a stored one by {@code --name}), the branch or snapshot
 * ({@link GraphTarget}), {@code --params} and {@code --format}.
 */
final class StatementOptions {
  @Spec(Spec.Target.MIXEE) private CommandSpec spec;

  @Parameters(index = "0", paramLabel = "<graph>", description = "The graph directory.")
  private Path graph;

  @ArgGroup(exclusive = true, multiplicity = "0..1")
  private QuerySource source;

  @Mixin private GraphTarget target;

  @Option(
      names = "--name",
      paramLabel = "<name>",
      description = "The stored query to run, or which query of the text to run when it declares several.")
  private String queryName;

  @Option(
      names = "--params",
      paramLabel = "<json object>",
      description = "Parameter values by name, without $, e.g. '{\"name\": \"Ada\"}'.")
  private String params;

  @Option(
      names = "--format",
      defaultValue = "table",
      converter = OutputFormat.Converter.class,
      paramLabel = "<format>",
      description = "table (default), json or csv.")
  private OutputFormat format;

  /**
   * What to run, checked before the graph is opened.
   *
   * @param stored true for a stored statement named {@code name}; false for {@code text}
   * @param text the statement text, null when stored
   * @param sourceName the name of the text in errors ({@code f.gq} or {@code <inline>})
   * @param name the statement's name, or null for the text's only one
   * @param values the parameter values by name
   */
  record Invocation(boolean stored, String text, String sourceName, String name, Map<String, Object> values) {}

  /**
   * Reads the statement and parses {@code --params}.
   *
   * @throws picocli.CommandLine.ParameterException when none of {@code --file}, {@code -e} and {@code --name} is given (exit 2)
   */
  Invocation invocation() {
    boolean stored = QuerySource.requireStoredName(spec, source, queryName);
    Map<String, Object> values = ParamsParser.parse(params);
    return stored
        ? new Invocation(true, null, null, queryName, values)
        : new Invocation(false, source.read(), source.sourceName(), queryName, values);
  }

  /** The graph directory. */
  Path graph() {
    return graph;
  }

  /** The branch or snapshot to run on. */
  GraphTarget target() {
    return target;
  }

  /** Prints {@code result} to the command's standard output in the chosen format. */
  void print(QueryResult result) {
    format.printer().print(result, spec.commandLine().getOut());
  }
}
