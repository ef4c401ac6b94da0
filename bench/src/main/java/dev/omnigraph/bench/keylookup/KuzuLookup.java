package dev.omnigraph.bench.keylookup;

import com.kuzudb.Connection;
import com.kuzudb.Database;
import com.kuzudb.FlatTuple;
import com.kuzudb.PreparedStatement;
import com.kuzudb.QueryResult;
import com.kuzudb.Value;
import dev.omnigraph.bench.data.ItemData;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Kuzu through its Java binding ({@code com.kuzudb:kuzu}, JNI over the embedded C++ engine): a
 * database file under the target's directory with node table {@code Item} ({@code PRIMARY KEY
 * (slug)}, Kuzu's hash index), filled by {@code COPY} from the generated CSV, then queried with one
 * reused prepared statement {@value #QUERY}. Kuzu runs with its defaults (buffer pool 80% of RAM,
 * threads = cores).
 *
 * <p>Every native handle the binding returns is closed: the {@link QueryResult}, each
 * {@link FlatTuple}, each {@link Value} read from it, and the parameter {@link Value}. The binding
 * has no {@code getString}/{@code getDouble}: {@link Value#getValue()} boxes the column
 * (STRING → String, DOUBLE → Double, INT32 → Integer).
 */
public final class KuzuLookup implements LookupTarget {

  /** The lookup, with the slug as parameter {@code $s}. */
  public static final String QUERY = "MATCH (p:Item {slug: $s}) RETURN p.slug, p.name, p.category, p.price, p.stock";

  private Database database;
  private Connection connection;
  private PreparedStatement lookup;

  @Override
  public String name() {
    return "kuzu";
  }

  @Override
  public void open(ItemData data, Path dir) throws Exception {
    Path csv = dir.resolve("items.csv");
    data.writeCsv(csv);
    database = new Database(dir.resolve("items.kuzu").toString());
    connection = new Connection(database);
    run("CREATE NODE TABLE Item(slug STRING, name STRING, category STRING, price DOUBLE, stock INT32,"
        + " created DATE, PRIMARY KEY (slug))");
    run("COPY Item FROM '" + csv.toAbsolutePath() + "' (HEADER=true)");
    run("CHECKPOINT");
    try (QueryResult count = connection.query("MATCH (p:Item) RETURN count(*)")) {
      failUnlessSuccess(count, "count");
      try (FlatTuple tuple = count.getNext(); Value value = tuple.getValue(0)) {
        long n = ((Number) value.getValue()).longValue();
        if (n != data.rows()) {
          throw new IllegalStateException("kuzu: loaded " + n + " rows, expected " + data.rows());
        }
      }
    }
    lookup = connection.prepare(QUERY);
    if (!lookup.isSuccess()) {
      throw new IllegalStateException("kuzu: prepare failed: " + lookup.getErrorMessage());
    }
  }

  private void run(String statement) {
    try (QueryResult result = connection.query(statement)) {
      failUnlessSuccess(result, statement);
    }
  }

  private static void failUnlessSuccess(QueryResult result, String what) {
    if (!result.isSuccess()) {
      throw new IllegalStateException("kuzu: " + what + " failed: " + result.getErrorMessage());
    }
  }

  private QueryResult execute(String slug) {
    try (Value parameter = new Value(slug)) {
      QueryResult result = connection.execute(lookup, Map.of("s", parameter));
      if (!result.isSuccess()) {
        String message = result.getErrorMessage();
        result.close();
        throw new IllegalStateException("kuzu: lookup of " + slug + " failed: " + message);
      }
      return result;
    }
  }

  @Override
  public void lookup(String slug, Blackhole bh) throws Exception {
    try (QueryResult result = execute(slug)) {
      if (!result.hasNext()) {
        throw new IllegalStateException("kuzu: no row for " + slug);
      }
      try (FlatTuple tuple = result.getNext()) {
        for (int c = 0; c < 5; c++) {
          try (Value value = tuple.getValue(c)) {
            bh.consume(value.getValue());
          }
        }
      }
    }
  }

  @Override
  public List<Object[]> fetch(String slug) throws Exception {
    List<Object[]> rows = new ArrayList<>();
    try (QueryResult result = execute(slug)) {
      while (result.hasNext()) {
        try (FlatTuple tuple = result.getNext()) {
          Object[] row = new Object[5];
          for (int c = 0; c < row.length; c++) {
            try (Value value = tuple.getValue(c)) {
              row[c] = value.getValue();
            }
          }
          rows.add(row);
        }
      }
    }
    return rows;
  }

  @Override
  public void close() {
    try {
      if (lookup != null) {
        lookup.close();
      }
      if (connection != null) {
        connection.close();
      }
    } finally {
      if (database != null) {
        database.close();
      }
    }
  }
}
