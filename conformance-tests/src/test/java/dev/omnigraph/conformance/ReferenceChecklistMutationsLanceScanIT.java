package dev.omnigraph.conformance;

import dev.omnigraph.engine.Graph;

/**
 * {@link ReferenceChecklistMutationsIT} with every table read through a Lance scan, so the rows a
 * mutation matches and the constraints it checks come from Lance with the filters pushed down.
 */
class ReferenceChecklistMutationsLanceScanIT extends ReferenceChecklistMutationsIT {
  @Override
  Graph use(Graph created) {
    return ReferenceFixtures.lanceScansOnly(created);
  }
}
