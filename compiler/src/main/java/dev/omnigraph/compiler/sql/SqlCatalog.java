package dev.omnigraph.compiler.sql;

import dev.omnigraph.compiler.diag.ErrorCode;
import dev.omnigraph.compiler.diag.OmniGraphException;
import dev.omnigraph.compiler.schema.GraphType;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.calcite.jdbc.CalciteSchema;
import org.apache.calcite.schema.Schema;
import org.apache.calcite.schema.SchemaPlus;
import org.apache.calcite.schema.Table;
import org.apache.calcite.schema.impl.AbstractSchema;

/**
 * The names SQL text can use for the graph's tables: {@code Person}, {@code main.Person} and
 * {@code <graph>.main.Person}, where {@code <graph>} is the catalog name (the graph directory's
 * name) and {@code main} a branch. Every branch is a schema holding the same tables; unqualified
 * names resolve in {@code branch}, the branch of the handle that plans the statement. The Calcite
 * root schema holds the catalog schema, which holds the branch schemas; each branch schema is also
 * reachable from the root. Immutable and thread-safe.
 *
 * @param catalog the catalog name, e.g. {@code people.omni}
 * @param branch the branch unqualified names resolve in, e.g. {@code main}
 * @param branches every branch SQL may name (with or without {@code branch})
 * @param tables the tables by name
 */
public record SqlCatalog(String catalog, String branch, List<String> branches, Map<String, GraphType> tables) {
  public SqlCatalog {
    branches = List.copyOf(branches);
    tables = Map.copyOf(tables);
  }

  /** The schema path unqualified names resolve in: catalog, branch. */
  List<String> defaultPath() {
    return List.of(catalog, branch);
  }

  /**
   * A fresh Calcite root schema holding the tables under the three names; converting a statement
   * adds the branch of every table it scans to {@code branchesRead}.
   */
  CalciteSchema rootSchema(Set<String> branchesRead) {
    CalciteSchema root = CalciteSchema.createRootSchema(false, false);
    SchemaPlus plus = root.plus();
    SchemaPlus catalogSchema = plus.add(catalog, new AbstractSchema());
    Set<String> all = new LinkedHashSet<>(branches);
    all.add(branch);
    for (String name : all) {
      Map<String, Table> byName = new HashMap<>();
      tables.forEach((table, type) -> byName.put(table, new GraphTable(type, name, branchesRead)));
      Schema branchSchema = new AbstractSchema() {
        @Override
        protected Map<String, Table> getTableMap() {
          return byName;
        }
      };
      catalogSchema.add(name, branchSchema);
      if (!name.equals(catalog)) {
        plus.add(name, branchSchema);
      }
    }
    return root;
  }

  /**
   * The branch a statement that scanned the tables of {@code branchesRead} reads: null for
   * {@link #branch()} (or no table), else the one other branch.
   *
   * @throws OmniGraphException {@code UNSUPPORTED} when it names several branches
   */
  String branchRead(Set<String> branchesRead) {
    if (branchesRead.size() > 1) {
      throw new OmniGraphException(ErrorCode.UNSUPPORTED, "a SQL statement reads one branch; this one reads "
          + String.join(" and ", new TreeSet<>(branchesRead)) + " (query each branch in its own statement)");
    }
    return branchesRead.isEmpty() || branchesRead.contains(branch) ? null : branchesRead.iterator().next();
  }
}
