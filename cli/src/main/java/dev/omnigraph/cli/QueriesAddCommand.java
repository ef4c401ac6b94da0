package dev.omnigraph.cli;

import dev.omnigraph.engine.Graph;
import dev.omnigraph.engine.stored.StoredQuery;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code omnigraph queries add <graph> --file f.gq}: registers every query of a {@code .gq} file
 * with the graph ({@link Graph#registerQueries(Path)}) and prints one line naming them, e.g.
 * {@code registered 2 queries from people.gq: get_person, friends_of}. Registering a file of the
 * same name again replaces its queries.
 *
 * <p>Fails (exit 1), storing nothing, with {@code SYNTAX_ERROR}/{@code TYPE_ERROR}/{@code
 * UNSUPPORTED} naming {@code f.gq:line:column}, {@code ALREADY_EXISTS} for a name declared twice or
 * already registered from another file, and {@code NOT_FOUND} for a missing graph or file.
 */
@Command(name = "add", description = "Register the queries of a .gq file with a graph.")
final class QueriesAddCommand implements Callable<Integer> {

  @Spec private CommandSpec spec;

  @Parameters(index = "0", paramLabel = "<graph>", description = "The graph directory.")
  private Path graph;

  @Option(
      names = "--file",
      required = true,
      paramLabel = "<file.gq>",
      description = "A .gq file of named queries; it is stored as <graph>/_queries/<file name>.")
  private Path file;

  /** Registers the file and prints the names; returns exit code 0. */
  @Override
  public Integer call() {
    List<StoredQuery> added;
    try (Graph opened = Graph.open(graph)) {
      added = opened.registerQueries(file);
    }
    spec.commandLine()
        .getOut()
        .printf(
            "registered %s from %s: %s%n",
            Counts.of(added.size(), "query", "queries"),
            added.get(0).file(),
            String.join(", ", added.stream().map(StoredQuery::name).toList()));
    spec.commandLine().getOut().flush();
    return 0;
  }
}
