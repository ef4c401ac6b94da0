package dev.omnigraph.engine;

import dev.omnigraph.compiler.diag.ErrorCode;
import dev.omnigraph.compiler.diag.OmniGraphException;
import dev.omnigraph.engine.branch.MergeResult;

/**
 * A transaction over one branch: its writes are staged on a hidden branch forked from the
 * branch's head at {@link Graph#begin}, so reads through {@link #graph()} see them and nobody
 * else does; {@link #commit()} publishes them on the branch as one graph commit (a merge of the
 * hidden branch, whose second parent is the transaction's last write), {@link #rollback()}
 * discards them. Isolation is snapshot isolation: the transaction reads the graph as it was at
 * begin, and its commit fails, changing nothing, when another write changed the same rows
 * differently or the result breaks a constraint. Not thread-safe.
 */
public final class GraphTransaction implements AutoCloseable {
  private final Graph target;
  private final String hiddenBranch;
  private final Graph graph;
  private final String actor;
  private boolean open = true;

  GraphTransaction(Graph target, String hiddenBranch, String actor) {
    this.target = target;
    this.hiddenBranch = hiddenBranch;
    this.graph = target.branch(hiddenBranch);
    this.graph.sqlBranch(target.sqlBranch());
    this.actor = actor;
  }

  /**
   * The handle to read and write inside the transaction ({@link Graph#query}, {@link Graph#mutate},
   * {@link Graph#load}, ...). Each write is committed on the hidden branch at once; nothing shows
   * on the target branch before {@link #commit()}.
   *
   * @throws OmniGraphException {@code INVALID_PARAMETER} after commit or rollback
   */
  public Graph graph() {
    requireOpen();
    return graph;
  }

  /**
   * Publishes the transaction's writes on the target branch as one graph commit and ends the
   * transaction; with no writes, publishes nothing.
   *
   * @return the merge's outcome ({@link MergeResult.Outcome#ALREADY_UP_TO_DATE} when nothing was written)
   * @throws OmniGraphException as {@link Graph#merge}: a conflict or constraint violation aborts
   *     the transaction and changes nothing on the target
   */
  public MergeResult commit() {
    requireOpen();
    open = false;
    try {
      return target.mergeTransaction(hiddenBranch, actor);
    } finally {
      target.dropTransactionBranch(hiddenBranch);
    }
  }

  /** Discards the transaction's writes and ends it; idempotent. */
  public void rollback() {
    if (open) {
      open = false;
      target.dropTransactionBranch(hiddenBranch);
    }
  }

  /** Rolls back when neither committed nor rolled back. */
  @Override
  public void close() {
    rollback();
  }

  private void requireOpen() {
    if (!open) {
      throw new OmniGraphException(ErrorCode.INVALID_PARAMETER, "the transaction has ended");
    }
  }
}
