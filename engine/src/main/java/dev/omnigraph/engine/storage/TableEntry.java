package dev.omnigraph.engine.storage;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * One table's pin in a graph manifest: a version of one Lance line of the table's dataset.
 *
 * @param path the dataset directory relative to the graph root ({@code nodes/...} or {@code edges/...})
 * @param version the Lance version that the graph version publishes
 * @param branch the Lance branch of the dataset the version lives on, null for its main line;
 *     a graph branch's own fork of the table is named after the graph branch's incarnation
 *     ({@code storage-recovery.md} §1.10)
 */
public record TableEntry(
    @JsonProperty("path") String path,
    @JsonProperty("version") long version,
    @JsonInclude(JsonInclude.Include.NON_NULL) @JsonProperty("branch") String branch) {

  /** A pin on the dataset's main line. */
  public TableEntry(String path, long version) {
    this(path, version, null);
  }

  /** The same table at another version of the Lance line {@code lanceBranch}. */
  public TableEntry at(long newVersion, String lanceBranch) {
    return new TableEntry(path, newVersion, lanceBranch);
  }

  /** A key naming this Lance line of the table (any version), for caches. */
  public String lineKey() {
    return path + (branch == null ? "" : "#" + branch);
  }

  /** A key naming this exact version of this exact Lance line, for caches. */
  public String cacheKey() {
    return lineKey() + "@" + version;
  }
}
