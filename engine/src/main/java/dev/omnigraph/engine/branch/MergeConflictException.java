package dev.omnigraph.engine.branch;

import dev.omnigraph.compiler.diag.ErrorCode;
import dev.omnigraph.compiler.diag.OmniGraphException;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A merge refused because rows conflict: {@code WRITE_CONFLICT} with the full report; nothing was
 * written. The message lists the first three conflicts and how many more there are.
 */
public final class MergeConflictException extends OmniGraphException {
  private final List<MergeConflict> conflicts;

  MergeConflictException(String source, String target, List<MergeConflict> conflicts) {
    super(ErrorCode.WRITE_CONFLICT, null, "merging '" + source + "' into '" + target + "' conflicts on " + conflicts.size() + " row"
        + (conflicts.size() == 1 ? "" : "s") + ": " + conflicts.stream().limit(3).map(MergeConflict::describe).collect(Collectors.joining("; "))
        + (conflicts.size() > 3 ? "; +" + (conflicts.size() - 3) + " more" : "") + "; nothing was merged");
    this.conflicts = List.copyOf(conflicts);
  }

  /** Every conflict, by table key then id. */
  public List<MergeConflict> conflicts() {
    return conflicts;
  }
}
