package dev.omnigraph.engine.lance;

import java.util.List;
import org.apache.arrow.memory.BufferAllocator;
import org.lance.Branch;
import org.lance.Dataset;
import org.lance.Ref;

/**
 * Lance branches of one table dataset: the lazy per-table forks of graph branches
 * ({@code storage-recovery.md} §1.10). A fork is created at first write, at the version the
 * graph branch inherited; its data lives under {@code <table>/tree/<name>}, which Lance opens as
 * a dataset of its own, and its versions continue the parent's numbering.
 */
public final class LanceBranches {
  private LanceBranches() {}

  /** The directory Lance reads a table's branch from: the base dataset for null, else {@code tree/<branch>} under it. */
  public static String uri(String baseUri, String branch) {
    return branch == null ? baseUri : baseUri + "/tree/" + branch;
  }

  /**
   * Creates Lance branch {@code name} of the table at {@code baseUri}, forked from version
   * {@code version} of branch {@code parent} (null for the main line).
   *
   * @throws dev.omnigraph.compiler.diag.OmniGraphException {@code STORAGE_ERROR}
   */
  public static void fork(BufferAllocator allocator, String baseUri, String parent, long version, String name) {
    // A fork of a fork is created through the parent branch's own handle: from the base handle,
    // Lance 7.0 looks for the parent branch's version among the main line's manifests.
    try (Dataset base = Dataset.open(baseUri, allocator);
         Dataset source = parent == null ? null : base.checkout(Ref.ofBranch(parent));
         Dataset forked = (source == null ? base : source).createBranch(name,
             parent == null ? Ref.ofMain(version) : Ref.ofBranch(parent, version))) {
      if (forked.version() != version) {
        throw new IllegalStateException("the fork " + name + " opened at version " + forked.version() + ", not " + version);
      }
    } catch (RuntimeException e) {
      throw LanceTable.storageError("fork " + baseUri + " as branch " + name + " at version " + version, e);
    }
  }

  /** True when the table at {@code baseUri} has a Lance branch {@code name}. */
  public static boolean exists(BufferAllocator allocator, String baseUri, String name) {
    try (Dataset dataset = Dataset.open(baseUri, allocator)) {
      List<Branch> branches = dataset.branches().list();
      return branches.stream().anyMatch(b -> b.getName().equals(name));
    } catch (RuntimeException e) {
      throw LanceTable.storageError("list the branches of " + baseUri, e);
    }
  }

  /** Deletes Lance branch {@code name} of the table at {@code baseUri}; a missing branch is not an error. */
  public static void delete(BufferAllocator allocator, String baseUri, String name) {
    if (!exists(allocator, baseUri, name)) {
      return;
    }
    try (Dataset dataset = Dataset.open(baseUri, allocator)) {
      dataset.branches().delete(name);
    } catch (RuntimeException e) {
      throw LanceTable.storageError("delete branch " + name + " of " + baseUri, e);
    }
  }
}
