package dev.omnigraph.cli;

import dev.omnigraph.compiler.schema.PropType;
import dev.omnigraph.compiler.schema.ScalarType;
import dev.omnigraph.engine.Graph;
import dev.omnigraph.engine.MutationResult;
import dev.omnigraph.engine.QueryResult;
import dev.omnigraph.engine.ResultColumn;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * {@code omnigraph mutate <graph> (--file f.gq [--name m] | -e '<text>' | --name m) [--params
 * '<json>'] [--branch b] [--format table|json|csv]}: runs a mutation ({@code gq-language.md} §9) as one
 * graph commit on {@code main} or the {@code --branch} ({@code --at} is refused: a snapshot is
 * read-only) and prints what it affected as one row of two columns, {@code affected_nodes} and
 * {@code affected_edges} (the reference's record-batch form, §9.5); with {@code --format json}:
 *
 * <pre>
 * [
 *   {"affected_nodes":1,"affected_edges":1}
 * ]
 * </pre>
 *
 * <p>With only {@code --name} it runs the stored mutation of that name, registered with
 * {@code queries add} ({@code gq-language.md} §11); its errors name the query and the stored
 * file. {@code --params} and the query file are checked before the graph is opened. Fails (exit 1)
 * with {@code INVALID_PARAMETER} for bad parameters, {@code SYNTAX_ERROR}/{@code TYPE_ERROR} naming
 * {@code f.gq:line:column} (a read query is a {@code TYPE_ERROR}), {@code NOT_FOUND} for an unknown
 * stored name, and at the offending statement {@code DATA_ERROR} or {@code CONSTRAINT_VIOLATION};
 * nothing is written then. Giving none of {@code --file}, {@code -e} and {@code --name} is a usage
 * error (exit 2).
 */
@Command(name = "mutate", description = "Run a .gq mutation (insert, update, delete), or a stored one by --name, and print the affected counts.")
final class MutateCommand implements Callable<Integer> {
  private static final PropType COUNT = PropType.of(ScalarType.U64, false);

  @Mixin private StatementOptions options;

  /** Runs the mutation and prints the affected counts; returns exit code 0. */
  @Override
  public Integer call() {
    StatementOptions.Invocation call = options.invocation();
    MutationResult result;
    try (Graph opened = Graph.open(options.graph())) {
      Graph written = options.target().forWrite(opened);
      result = call.stored()
          ? written.mutateStored(call.name(), call.values())
          : written.mutate(call.text(), call.sourceName(), call.name(), call.values());
    }
    QueryResult counts = new QueryResult(
        List.of(new ResultColumn("affected_nodes", COUNT, null), new ResultColumn("affected_edges", COUNT, null)),
        List.<Object[]>of(new Object[] {result.affectedNodes(), result.affectedEdges()}));
    options.print(counts);
    return 0;
  }
}
