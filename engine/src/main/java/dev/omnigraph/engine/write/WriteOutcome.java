package dev.omnigraph.engine.write;

import dev.omnigraph.engine.storage.GraphManifest;
import java.util.Map;

/**
 * The result of a {@link WriteEngine} write.
 *
 * @param manifest the manifest current after the write (the published one, or the base when the
 *     plan changed nothing)
 * @param commitId the graph commit the write published, or null when it changed nothing
 * @param plan the plan that was published (of the last attempt)
 * @param tableVersions the Lance version each touched table was published at
 */
public record WriteOutcome(GraphManifest manifest, String commitId, WritePlan plan, Map<String, Long> tableVersions) {
  public WriteOutcome {
    tableVersions = Map.copyOf(tableVersions);
  }
}
