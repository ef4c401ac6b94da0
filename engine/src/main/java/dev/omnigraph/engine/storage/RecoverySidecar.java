package dev.omnigraph.engine.storage;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * A recovery sidecar, {@code __recovery/<operation_id>.json} ({@code storage-recovery.md} §1.7):
 * written before a write's first durable effect, rewritten once every table commit is proven
 * ({@link Phase#EFFECTS_CONFIRMED}, the commit point), deleted after the manifest publish. A
 * sidecar left by a crash tells recovery which table transactions belong to the write, so it can
 * publish them all (roll forward) or restore them all (roll back), never a part.
 *
 * @param schemaVersion the sidecar format, {@link #SCHEMA_VERSION}; higher versions are refused
 * @param operationId a ULID, also the file name; a lexical sort is chronological
 * @param startedAtMicros when the write armed recovery, microseconds since the epoch
 * @param branch the graph branch written
 * @param writerKind {@code MUTATION} or {@code LOAD}
 * @param expectedHead the graph head commit the write prepared against (its authority)
 * @param lineage the graph commit the write will publish, minted before any effect
 * @param mergedParent for a branch merge, the source head the commit records as second parent; else null
 * @param rollbackCommitId the pre-minted id of the compensation commit, should recovery roll back
 * @param phase how far the write got
 * @param tables one pin per table the write commits, sorted by table key
 * @param rollbackOutcomes persisted before recovery's first restore so a retry replays them; null before
 */
public record RecoverySidecar(
    @JsonProperty("schema_version") int schemaVersion,
    @JsonProperty("operation_id") String operationId,
    @JsonProperty("started_at") long startedAtMicros,
    @JsonProperty("branch") String branch,
    @JsonProperty("writer_kind") String writerKind,
    @JsonProperty("expected_head") String expectedHead,
    @JsonProperty("lineage") Lineage lineage,
    @JsonProperty("merged_parent_commit_id") String mergedParent,
    @JsonProperty("rollback_graph_commit_id") String rollbackCommitId,
    @JsonProperty("effect_phase") Phase phase,
    @JsonProperty("tables") List<TablePin> tables,
    @JsonProperty("rollback_outcomes") List<Outcome> rollbackOutcomes) {

  /** The sidecar format this version writes; it reads this one and older. */
  public static final int SCHEMA_VERSION = 1;

  public RecoverySidecar {
    tables = List.copyOf(tables);
    rollbackOutcomes = rollbackOutcomes == null ? null : List.copyOf(rollbackOutcomes);
  }

  /** How far the write got before it stopped. */
  public enum Phase {
    /** Recovery is armed; table commits may or may not have landed. Never rolled forward. */
    @JsonProperty("Armed") ARMED,
    /** Every table commit landed exactly as planned; the write may be rolled forward. */
    @JsonProperty("EffectsConfirmed") EFFECTS_CONFIRMED
  }

  /**
   * The graph commit a write publishes, fixed before its first effect.
   *
   * @param commitId the commit's ULID
   * @param actor the writer
   * @param createdAtMicros the commit time
   * @param message the commit message
   */
  public record Lineage(
      @JsonProperty("graph_commit_id") String commitId,
      @JsonProperty("actor") String actor,
      @JsonProperty("created_at") long createdAtMicros,
      @JsonProperty("message") String message) {}

  /**
   * One table the write commits to.
   *
   * @param tableKey {@code node:Person}
   * @param tablePath the dataset directory relative to the graph root
   * @param expectedVersion the manifest pin the write started from
   * @param plannedUuid the uuid of the one transaction the write commits to this table
   * @param confirmedVersion the version the transaction landed as ({@code expectedVersion + 1}), once confirmed
   * @param expectedBranch the Lance line of the manifest pin (null: the dataset's main line)
   * @param tableBranch the Lance line the transaction lands on; differs from {@code expectedBranch}
   *     on a first touch, when the write forks the table for its graph branch first
   */
  public record TablePin(
      @JsonProperty("table_key") String tableKey,
      @JsonProperty("table_path") String tablePath,
      @JsonProperty("expected_version") long expectedVersion,
      @JsonProperty("planned_uuid") String plannedUuid,
      @JsonProperty("confirmed_version") Long confirmedVersion,
      @JsonProperty("expected_branch") String expectedBranch,
      @JsonProperty("table_branch") String tableBranch) {

    /** The manifest pin the write started from. */
    public TableEntry expected() {
      return new TableEntry(tablePath, expectedVersion, expectedBranch);
    }

    /** The pin the write publishes once confirmed. */
    public TableEntry confirmed() {
      return new TableEntry(tablePath, confirmedVersion, tableBranch);
    }

    /** True when the write forks the table for its graph branch before committing. */
    public boolean firstTouch() {
      return !java.util.Objects.equals(expectedBranch, tableBranch);
    }
  }

  /**
   * What recovery did to one table: from the version it found to the version it published.
   *
   * @param tableKey the table
   * @param fromVersion Lance HEAD before (roll back) or the expected pin (roll forward)
   * @param toVersion the version published afterwards
   */
  public record Outcome(
      @JsonProperty("table_key") String tableKey,
      @JsonProperty("from_version") long fromVersion,
      @JsonProperty("to_version") long toVersion) {}

  /** This sidecar with the write's table commits confirmed at {@code versions} (same order as {@link #tables}). */
  public RecoverySidecar confirmed(List<Long> versions) {
    List<TablePin> pins = new java.util.ArrayList<>();
    for (int i = 0; i < tables.size(); i++) {
      TablePin pin = tables.get(i);
      pins.add(new TablePin(pin.tableKey(), pin.tablePath(), pin.expectedVersion(), pin.plannedUuid(), versions.get(i),
          pin.expectedBranch(), pin.tableBranch()));
    }
    return new RecoverySidecar(schemaVersion, operationId, startedAtMicros, branch, writerKind, expectedHead, lineage, mergedParent,
        rollbackCommitId, Phase.EFFECTS_CONFIRMED, pins, rollbackOutcomes);
  }

  /** This sidecar with recovery's rollback plan persisted. */
  public RecoverySidecar withRollbackOutcomes(List<Outcome> outcomes) {
    return new RecoverySidecar(schemaVersion, operationId, startedAtMicros, branch, writerKind, expectedHead, lineage, mergedParent,
        rollbackCommitId, phase, tables, outcomes);
  }
}
