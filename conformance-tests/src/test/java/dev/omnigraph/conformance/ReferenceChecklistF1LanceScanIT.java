package dev.omnigraph.conformance;

import dev.omnigraph.engine.Graph;

/**
 * {@link ReferenceChecklistF1IT} with every table read through a Lance scan (no resident tables),
 * so the filters the engine pushes down to Lance are evaluated there.
 */
class ReferenceChecklistF1LanceScanIT extends ReferenceChecklistF1IT {
  @Override
  Graph use(Graph graph) {
    return ReferenceFixtures.lanceScansOnly(graph);
  }
}
