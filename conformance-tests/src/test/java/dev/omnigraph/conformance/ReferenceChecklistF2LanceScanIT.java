package dev.omnigraph.conformance;

import dev.omnigraph.engine.Graph;

/**
 * {@link ReferenceChecklistF2IT} with every table read through a Lance scan (no resident tables),
 * so the filters the engine pushes down to Lance are evaluated there.
 */
class ReferenceChecklistF2LanceScanIT extends ReferenceChecklistF2IT {
  @Override
  Graph use(Graph graph) {
    return ReferenceFixtures.lanceScansOnly(graph);
  }
}
