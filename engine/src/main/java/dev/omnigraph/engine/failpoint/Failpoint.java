package dev.omnigraph.engine.failpoint;

/**
 * The fault-injection points, in the order a write reaches them ({@code storage-recovery.md} §3,
 * §8). Ids follow the reference's names where it has one.
 */
public enum Failpoint {
  /** Prepared and staged, before the write gates are taken. */
  POST_STAGE_PRE_GATES("mutation.post_stage_pre_effect_gate"),
  /** Writing the recovery sidecar (Phase A). */
  SIDECAR_WRITE("recovery.sidecar_write"),
  /** Sidecar armed, before the first table commit. */
  POST_SIDECAR_PRE_COMMIT("mutation.post_sidecar_pre_commit"),
  /** A first-touch table was forked for the write's graph branch, before its commit. */
  POST_FORK_PRE_COMMIT("mutation.post_fork_pre_commit"),
  /** After each table commit (Phase B), before the next one. */
  POST_TABLE_COMMIT("mutation.post_table_commit"),
  /** Every table committed, before the sidecar is confirmed. */
  POST_COMMITS_PRE_CONFIRM("mutation.post_effects_pre_confirm"),
  /** Sidecar confirmed, before the graph commit record and manifest are published (Phase C). */
  POST_CONFIRM_PRE_PUBLISH("mutation.post_finalize_pre_publisher"),
  /** Commit record written, before the manifest rename. */
  POST_COMMIT_RECORD_PRE_MANIFEST("graph_publish.before_manifest_rename"),
  /** Manifest published, before the sidecar is deleted (Phase D). */
  SIDECAR_DELETE("recovery.sidecar_delete"),
  /** Listing sidecars (write entry, open). */
  SIDECAR_LIST("recovery.sidecar_list"),
  /** Recovery decided to roll forward, before its manifest publish. */
  BEFORE_ROLL_FORWARD_PUBLISH("recovery.before_roll_forward_publish"),
  /** Recovery restored a table, before publishing the rollback. */
  POST_RESTORE_PRE_PUBLISH("recovery.post_table_restore_pre_publish"),
  /** A branch's manifest is about to be written at create. */
  BRANCH_CREATE("branch_create.pre_manifest"),
  /** A deleted branch's manifest is gone, before its table forks are deleted. */
  BRANCH_DELETE_POST_MANIFEST("branch_delete.before_table_cleanup"),
  /** Recovery published its outcome, before the audit row. */
  RECORD_AUDIT("recovery.record_audit");

  private final String id;

  Failpoint(String id) {
    this.id = id;
  }

  /** The point's name, as used in {@link Failpoints#PROPERTY}. */
  public String id() {
    return id;
  }
}
