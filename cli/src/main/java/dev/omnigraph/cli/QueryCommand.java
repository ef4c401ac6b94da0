package dev.omnigraph.cli;

import dev.omnigraph.engine.Graph;
import dev.omnigraph.engine.QueryResult;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * {@code omnigraph query <graph> (--file f.gq [--name q] | -e '<text>' | --name q) [--params
 * '<json>'] [--branch b] [--at commit|time] [--format table|json|csv]}: runs a read query and prints its
 * rows to stdout, on {@code main}'s head unless {@code --branch} and {@code --at} say otherwise
 * ({@link GraphTarget}). With
 * {@code --file} or {@code -e} the query is that text ({@code --name} picks one of several); with
 * only {@code --name} it is the stored query of that name, registered with {@code queries add}
 * ({@code gq-language.md} §11).
 *
 * <p>{@code --params} and the query file are checked before the graph is opened. Fails (exit 1)
 * with {@code INVALID_PARAMETER} for bad {@code --params} or parameter values,
 * {@code SYNTAX_ERROR}/{@code TYPE_ERROR} naming {@code f.gq:line:column} (or
 * {@code <inline>:line:column}), {@code NOT_FOUND} for an unknown graph, query name, branch or commit, and
 * {@code UNSUPPORTED} for a stored mutation; giving none of {@code --file}, {@code -e} and
 * {@code --name} is a usage error (exit 2).
 */
@Command(name = "query", description = "Run a .gq read query, or a stored query by --name, and print its rows.")
final class QueryCommand implements Callable<Integer> {

  @Mixin private StatementOptions options;

  /** Runs the query and prints the result in the chosen format; returns exit code 0. */
  @Override
  public Integer call() {
    StatementOptions.Invocation call = options.invocation();
    QueryResult result;
    try (Graph opened = Graph.open(options.graph())) {
      Graph read = options.target().forRead(opened);
      result = call.stored()
          ? read.queryStored(call.name(), call.values())
          : read.query(call.text(), call.sourceName(), call.name(), call.values());
    }
    options.print(result);
    return 0;
  }
}
