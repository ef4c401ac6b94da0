package dev.omnigraph.engine.write;

import dev.omnigraph.compiler.diag.ErrorCode;
import dev.omnigraph.compiler.diag.OmniGraphException;
import dev.omnigraph.engine.storage.GraphCommit;
import dev.omnigraph.engine.storage.GraphDirectory;
import dev.omnigraph.engine.storage.GraphManifest;
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

  public GraphPublisher(GraphDirectory directory) {
    this.directory = directory;
  }

  /**
   * A publish to make.
   *
   * @param commitId the graph commit id, minted before any effect
   * @param actor the commit's actor
   * @param createdAtMicros the commit time
   * @param message the commit message
   * @param expectedHead the head the writer's authority names, or null to descend from any head
   * @param expectedVersions table key to the version the manifest must still pin
   * @param newVersions table key to the version to publish
   */
  public record Publish(String commitId, String actor, long createdAtMicros, String message, String expectedHead,
      Map<String, Long> expectedVersions, Map<String, Long> newVersions) {}

  /**
   * Publishes {@code publish}.
   *
   * @return the new manifest
   * @throws OmniGraphException {@code WRITE_CONFLICT} when the head or a pin moved; nothing is published then
   */
  public GraphManifest publish(Publish publish) {
    return directory.compareAndPublish(current -> {
      if (publish.expectedHead() != null && !Objects.equals(current.headCommit(), publish.expectedHead())) {
        throw new OmniGraphException(ErrorCode.WRITE_CONFLICT, null, "the graph head moved from " + publish.expectedHead()
            + " to " + current.headCommit() + " before the publish");
      }
      publish.expectedVersions().forEach((key, expected) -> {
        if (current.version(key) != expected) {
          throw new OmniGraphException(ErrorCode.WRITE_CONFLICT, null, "stale view of " + key + ": expected version " + expected
              + ", the manifest has " + current.version(key) + "; refresh and retry");
        }
      });
      GraphManifest next = current.publish(publish.commitId(), publish.newVersions());
      java.util.Map<String, Long> pins = new java.util.TreeMap<>();
      next.tables().forEach((key, entry) -> pins.put(key, entry.version()));
      List<String> parents = current.headCommit() == null ? List.of() : List.of(current.headCommit());
      directory.writeCommit(new GraphCommit(publish.commitId(), parents, publish.actor(), publish.createdAtMicros(),
          publish.message(), next.graphVersion(), pins));
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
