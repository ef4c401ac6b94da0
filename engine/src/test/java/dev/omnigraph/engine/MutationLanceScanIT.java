package dev.omnigraph.engine;

/**
 * {@link MutationIT} with no table held in memory: the committed rows a mutation matches, the
 * endpoints, uniqueness and cardinality it checks are all read through Lance scans with the
 * filters pushed down.
 */
class MutationLanceScanIT extends MutationIT {
  @Override
  long residentRowLimit() {
    return 0;
  }
}
