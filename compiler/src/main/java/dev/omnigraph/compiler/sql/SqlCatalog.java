package dev.omnigraph.compiler.sql;

import dev.omnigraph.compiler.schema.GraphType;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.calcite.jdbc.CalciteSchema;
import org.apache.calcite.schema.Schema;
import org.apache.calcite.schema.SchemaPlus;
import org.apache.calcite.schema.Table;
import org.apache.calcite.schema.impl.AbstractSchema;

/**
 * The names SQL text can use for the graph's tables: {@code Person}, {@code main.Person} and
 * {@code <graph>.main.Person}, where {@code <graph>} is the catalog name (the graph directory's
 * name) and {@code main} the branch. The Calcite root schema holds the catalog schema, which holds
 * the branch schema, which holds the tables; the branch schema is also reachable from the root,
 * and unqualified names resolve in it. Immutable and thread-safe.
 *
 * @param catalog the catalog name, e.g. {@code people.omni}
 * @param branch the branch the tables belong to, {@code main}
 * @param tables the tables by name
 */
public record SqlCatalog(String catalog, String branch, Map<String, GraphType> tables) {
  public SqlCatalog {
    tables = Map.copyOf(tables);
  }

  /** The schema path unqualified names resolve in: catalog, branch. */
  List<String> defaultPath() {
    return List.of(catalog, branch);
  }

  /** A fresh Calcite root schema holding the tables under the three names. */
  CalciteSchema rootSchema() {
    CalciteSchema root = CalciteSchema.createRootSchema(false, false);
    Map<String, Table> byName = new HashMap<>();
    tables.forEach((name, type) -> byName.put(name, new GraphTable(type)));
    Schema branchSchema = new AbstractSchema() {
      @Override
      protected Map<String, Table> getTableMap() {
        return byName;
      }
    };
    SchemaPlus plus = root.plus();
    plus.add(catalog, new AbstractSchema()).add(branch, branchSchema);
    if (!branch.equals(catalog)) {
      plus.add(branch, branchSchema);
    }
    return root;
  }
}
