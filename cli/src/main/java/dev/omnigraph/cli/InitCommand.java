package dev.omnigraph.cli;

import dev.omnigraph.compiler.schema.Catalog;
import dev.omnigraph.engine.Graph;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code omnigraph init <graph> --schema s.pg}: creates a graph directory from a schema and
 * prints one line, e.g. {@code initialized g.omni: 2 node types, 2 edge types}.
 *
 * <p>Fails (exit 1) with {@code ALREADY_EXISTS} when the directory holds a graph, or
 * {@code SYNTAX_ERROR}/{@code SCHEMA_ERROR} naming {@code s.pg:line:column}.
 */
@Command(name = "init", description = "Create a graph directory from a .pg schema.")
final class InitCommand implements Callable<Integer> {

  @Spec private CommandSpec spec;

  @Parameters(index = "0", paramLabel = "<graph>", description = "The graph directory to create.")
  private Path graph;

  @Option(
      names = "--schema",
      required = true,
      paramLabel = "<file.pg>",
      description = "The schema of node and edge types.")
  private Path schema;

  /** Creates the graph and prints its summary; returns exit code 0. */
  @Override
  public Integer call() {
    try (Graph created = Graph.init(graph, schema)) {
      Catalog catalog = created.catalog();
      spec.commandLine()
          .getOut()
          .printf(
              "initialized %s: %s, %s%n",
              graph,
              Counts.of(catalog.nodeTypes().size(), "node type"),
              Counts.of(catalog.edgeTypes().size(), "edge type"));
    }
    return 0;
  }
}
