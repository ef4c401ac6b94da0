package dev.omnigraph.conformance.stateful;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterTry;
import net.jqwik.api.state.Action;
import net.jqwik.api.state.ActionChain;
import net.jqwik.api.state.Transformer;

/**
 * Stateful test of the write path: random chains of mutations (upserts by key, edge inserts,
 * updates and deletes with cascade, {@code gq-language.md} §9) and loads (append, merge, overwrite,
 * including ones that must be rejected: a stored key in an append, a key twice, dangling edges,
 * {@code @unique}, {@code @range} and {@code @card} violations) run on a graph and on an
 * independent {@link GraphModel}. After every step the graph must equal the model — rows, edges
 * and graph version, so a rejected write left no trace — and a reopen (through the resident tables
 * or through Lance scans) may happen at any point of a chain and always ends it.
 *
 * <p>Bounded to 30 chains of at most 12 steps; jqwik shrinks a failing chain to its shortest
 * form, printed with each step's text.
 */
class WritesMatchModelProperties {
  private GraphHarness current;

  @Property(tries = 30)
  void theGraphEqualsTheModelAfterEveryWriteAndAfterReopen(@ForAll("chains") ActionChain<GraphHarness> chain) {
    GraphHarness end = chain.withInvariant(GraphHarness::assertMatchesModel).run();
    end.reopen(0);
    end.assertMatchesModel();
  }

  @Provide
  Arbitrary<ActionChain<GraphHarness>> chains() {
    return ActionChain.<GraphHarness>startWith(this::freshHarness)
        .withAction(8, (Action.Independent<GraphHarness>) () -> WriteGen.writes()
            .map(write -> Transformer.mutate(write.toString(), harness -> harness.apply(write))))
        .withAction(1, (Action.Independent<GraphHarness>) () -> Arbitraries.of(0L, dev.omnigraph.engine.Graph.DEFAULT_RESIDENT_ROW_LIMIT)
            .map(limit -> Transformer.mutate("reopen (resident row limit " + limit + ")", harness -> harness.reopen(limit))))
        .withMaxTransformations(12);
  }

  private GraphHarness freshHarness() {
    closeCurrent();
    current = new GraphHarness();
    return current;
  }

  @AfterTry
  void closeCurrent() {
    if (current != null) {
      current.close();
      current = null;
    }
  }
}
