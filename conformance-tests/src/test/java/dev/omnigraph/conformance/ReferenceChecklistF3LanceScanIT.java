package dev.omnigraph.conformance;

import static dev.omnigraph.conformance.ReferenceFixtures.run;
import static org.assertj.core.api.Assertions.assertThat;

import dev.omnigraph.engine.Graph;
import dev.omnigraph.engine.QueryResult;
import org.junit.jupiter.api.Test;

/**
 * {@link ReferenceChecklistF3IT} with every table read through a Lance scan (no resident tables),
 * so the filters the engine pushes down to Lance are evaluated there.
 */
class ReferenceChecklistF3LanceScanIT extends ReferenceChecklistF3IT {
  @Override
  Graph use(Graph graph) {
    return ReferenceFixtures.lanceScansOnly(graph);
  }

  @Test
  void readsAreLanceScansWithPushedDownFilters() {
    QueryResult result = run(graph, "$m: Metric  $m.label starts_with \"alp\"  return { $m.name }");
    assertThat(result.lanceScans()).as("Lance scans").anyMatch(scan -> scan.startsWith("node:Metric filter="));
  }
}
