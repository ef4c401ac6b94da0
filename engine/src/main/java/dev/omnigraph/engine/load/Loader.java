package dev.omnigraph.engine.load;

import dev.omnigraph.compiler.diag.SourceLocation;
import dev.omnigraph.compiler.schema.Catalog;
import dev.omnigraph.compiler.schema.EdgeType;
import dev.omnigraph.engine.LoadMode;
import dev.omnigraph.engine.LoadResult;
import dev.omnigraph.engine.validate.BaseTables;
import dev.omnigraph.engine.validate.ChangeSet;
import dev.omnigraph.engine.validate.ChangeValidator;
import dev.omnigraph.engine.validate.TableDelta;
import dev.omnigraph.engine.write.WritePlan;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Plans a load ({@code pg-schema.md} §7, {@code storage-recovery.md} §3.11) against the committed
 * tables at one base: parse the strict JSONL, build typed rows ({@link RowBuilder}), check the
 * ids ({@link InputChecks}), turn the rows into a change for the {@link LoadMode}, and validate it
 * with the constraints every write shares ({@link ChangeValidator}). Throws before any write when
 * anything is wrong. Stateless.
 */
public final class Loader {
  private Loader() {}

  /**
   * A validated load.
   *
   * @param write the change to every table of the input, and the read set
   * @param result rows per type in the input (after parsing, before merge folds repeated ids)
   */
  public record Plan(WritePlan write, LoadResult result) {}

  /**
   * Plans loading {@code jsonl} (named {@code source} in errors).
   *
   * @throws dev.omnigraph.compiler.diag.OmniGraphException at {@code source:line}:
   *     {@code DATA_ERROR} for malformed lines, unknown types or fields, values that do not fit
   *     their property, missing required values; {@code CONSTRAINT_VIOLATION} for repeated ids and
   *     the constraints of {@link ChangeValidator}; {@code KEY_CONFLICT} when an append meets a
   *     stored id
   */
  public static Plan plan(Catalog catalog, String jsonl, String source, LoadMode mode, BaseTables base) {
    List<JsonlRecord> records = JsonlParser.parse(jsonl, source);
    Map<String, TableRows> tables = new RowBuilder(catalog, source).build(records);
    InputChecks ids = new InputChecks(source, mode, base);
    ChangeSet changes = new ChangeSet();
    Map<String, Long> nodes = new LinkedHashMap<>();
    Map<String, Long> edges = new LinkedHashMap<>();
    for (TableRows table : tables.values()) {
      ids.check(table);
      TableDelta delta = changes.table(table.type);
      if (mode == LoadMode.OVERWRITE) {
        delta.overwrite(new SourceLocation(source, table.lines.get(0), 0));
      }
      for (int i = 0; i < table.rows.size(); i++) {
        SourceLocation line = new SourceLocation(source, table.lines.get(i), 0);
        if (mode == LoadMode.APPEND) {
          delta.putNew(table.rows.get(i), line);
        } else {
          delta.put(table.rows.get(i), line);
        }
      }
      (table.type instanceof EdgeType ? edges : nodes).put(table.type.name(), (long) table.rows.size());
    }
    ChangeValidator.validate(catalog, base, changes);
    return new Plan(changes.toPlan(base), new LoadResult(nodes, edges));
  }
}
