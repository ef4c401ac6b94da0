package dev.omnigraph.engine.lance;

import java.util.List;
import org.lance.FragmentMetadata;

/**
 * Fragments written for one table but not yet committed: no version of the table references
 * them, so readers cannot see them. Opaque outside this package.
 *
 * @param rowCount rows in the staged fragments
 */
public record StagedFragments(String uri, List<FragmentMetadata> fragments, long rowCount) {
  public StagedFragments {
    fragments = List.copyOf(fragments);
  }
}
