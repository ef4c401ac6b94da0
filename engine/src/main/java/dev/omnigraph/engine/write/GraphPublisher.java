package dev.omnigraph.engine.write;

import dev.omnigraph.compiler.diag.ErrorCode;
import dev.omnigraph.compiler.diag.OmniGraphException;
import dev.omnigraph.engine.storage.GraphCommit;
import dev.omnigraph.engine.storage.GraphDirectory;
import dev.omnigraph.engine.storage.GraphManifest;
import dev.omnigraph.engine.storage.TableEntry;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The one publication door ({@code storage-recovery.md} §3.8, §9 invariant 1): under the manifest
 * lock, checks that every published table is still at the version the writer expected (and,
 * when given, that the graph head is the one it expected), writes the graph commit record, then
 * replaces the manifest. The commit's parent is the head current at that moment.
 */
public final class GraphPublisher {
  private final GraphDirectory directory;

  /** A publisher of the graph at {@code directory}. */
  public GraphPublisher(GraphDirectory directory) {
    this.directory = directory;
  }

  /**
   * A publish to make.
   *
   * @param branch the graph branch to publish on
   * @param commitId the graph commit id, minted before any effect
   * @param actor the commit's actor
   * @param createdAtMicros the commit time
   * @param message the commit message
   * @param expectedHead the head the writer's authority names, or null to descend from any head
   * @param mergedParent the merged source head of a merge commit, else null
   * @param expected table key to the pin the manifest must still hold
   * @param next table key to the pin to publish
   */
  public record Publish(String branch, String commitId, String actor, long createdAtMicros, String message, String expectedHead,
      String mergedParent, Map<String, TableEntry> expected, Map<String, TableEntry> next) {}

  /**
   * Publishes {@code publish}.
   *
   * @return the new manifest
   * @throws OmniGraphException {@code WRITE_CONFLICT} when the head or a pin moved; nothing is
   *     published then; {@code NOT_FOUND} when the branch was deleted
   */
  public GraphManifest publish(Publish publish) {
    return directory.compareAndPublish(publish.branch(), current -> {
      if (publish.expectedHead() != null && !Objects.equals(current.headCommit(), publish.expectedHead())) {
        throw new OmniGraphException(ErrorCode.WRITE_CONFLICT, null, "the head of branch '" + publish.branch() + "' moved from "
            + publish.expectedHead() + " to " + current.headCommit() + " before the publish");
      }
      publish.expected().forEach((key, expected) -> {
        if (!current.table(key).equals(expected)) {
          throw new OmniGraphException(ErrorCode.WRITE_CONFLICT, null, "stale view of " + key + ": expected version " + expected.version()
              + ", the manifest has " + current.version(key) + "; refresh and retry");
        }
      });
      GraphManifest next = current.publish(publish.commitId(), publish.next());
      List<String> parents = new java.util.ArrayList<>();
      if (current.headCommit() != null) {
        parents.add(current.headCommit());
      }
      if (publish.mergedParent() != null) {
        parents.add(publish.mergedParent());
      }
      directory.writeCommit(new GraphCommit(publish.commitId(), publish.branch(), parents, publish.actor(), publish.createdAtMicros(),
          publish.message(), next.graphVersion(), next.tables()));
      return next;
    });
  }

  /**
   * True when commit {@code commitId} is the head of {@code manifest} or one of its ancestors
   * newer than {@code since} (a commit the search stops at, exclusive; null searches to genesis).
   */
  public boolean isPublished(GraphManifest manifest, String commitId, String since) {
    String cursor = manifest.headCommit();
    while (cursor != null && !cursor.equals(since)) {
      if (cursor.equals(commitId)) {
        return true;
      }
      GraphCommit commit = directory.readCommit(cursor).orElseThrow(() -> new OmniGraphException(ErrorCode.STORAGE_ERROR, null,
          "the commit history is broken: a published commit record is missing"));
      cursor = commit.parents().isEmpty() ? null : commit.parents().get(0);
    }
    return false;
  }
}
