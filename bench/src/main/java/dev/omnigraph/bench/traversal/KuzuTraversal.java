package dev.omnigraph.bench.traversal;

import com.kuzudb.Connection;
import com.kuzudb.Database;
import com.kuzudb.FlatTuple;
import com.kuzudb.PreparedStatement;
import com.kuzudb.QueryResult;
import com.kuzudb.Value;
import dev.omnigraph.bench.data.KnowsGraphData;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Kuzu through its Java binding ({@code com.kuzudb:kuzu}, JNI over the embedded C++ engine): a
 * database file under the target's directory with node table {@code Person} ({@code PRIMARY KEY
 * (name)}) and rel table {@code Knows(FROM Person TO Person)}, filled by {@code COPY} from the
 * generated CSVs. Queries are reused prepared statements:
 *
 * <ul>
 *   <li>reach: {@link #reachCypher(int)}, e.g. {@code MATCH (a:Person {name: $n})-[:Knows*1..2]->
 *       (b:Person) WHERE b.name <> $n RETURN DISTINCT b.name}. Kuzu's variable-length patterns
 *       follow walks, which may come back to the start person through a cycle; the {@code WHERE}
 *       drops it, as {@code gq-language.md} §5.4 never reports the source through a cycle;
 *   <li>two-hop paths: {@value #PATHS_CYPHER}.
 * </ul>
 *
 * {@link #shortest()} instead asks for {@code -[:Knows* SHORTEST 1..2]->}, one shortest path per
 * destination: the breadth-first semantics of §5.4 directly (no {@code DISTINCT}, and the start
 * person is not reported); on this machine it was about 10% faster. The benchmark measures the
 * plain form, the one the issue names.
 *
 * <p>Kuzu runs with its defaults (buffer pool 80% of RAM, threads = cores). Every native handle the
 * binding returns is closed (results, tuples, values, parameters), as in the key-lookup benchmark.
 */
public final class KuzuTraversal implements TraversalTarget {

  /** Every two-hop path as rows. */
  public static final String PATHS_CYPHER =
      "MATCH (a:Person)-[:Knows]->(b:Person)-[:Knows]->(c:Person) RETURN a.name, c.name";

  private final boolean shortest;
  private Database database;
  private Connection connection;
  private final Map<Integer, PreparedStatement> reach = new HashMap<>();
  private PreparedStatement paths;

  /** Reach as a variable-length pattern with {@code DISTINCT}. */
  public KuzuTraversal() {
    this(false);
  }

  private KuzuTraversal(boolean shortest) {
    this.shortest = shortest;
  }

  /** Reach as a {@code SHORTEST} variable-length pattern. */
  public static KuzuTraversal shortest() {
    return new KuzuTraversal(true);
  }

  /** The persons within {@code 1..hops} hops of the person named {@code $n}, without that person. */
  public static String reachCypher(int hops) {
    return "MATCH (a:Person {name: $n})-[:Knows*1.." + hops + "]->(b:Person) WHERE b.name <> $n RETURN DISTINCT b.name";
  }

  /** The same set with one shortest path per destination (which never ends at the start person). */
  public static String reachCypherShortest(int hops) {
    return "MATCH (a:Person {name: $n})-[:Knows* SHORTEST 1.." + hops + "]->(b:Person) RETURN b.name";
  }

  @Override
  public String name() {
    return shortest ? "kuzu-shortest" : "kuzu";
  }

  @Override
  public void open(KnowsGraphData data, Path dir) throws Exception {
    Path personCsv = dir.resolve("person.csv");
    Path knowsCsv = dir.resolve("knows.csv");
    data.writePersonCsv(personCsv);
    data.writeKnowsCsv(knowsCsv);
    database = new Database(dir.resolve("knows.kuzu").toString());
    connection = new Connection(database);
    run("CREATE NODE TABLE Person(name STRING, PRIMARY KEY (name))");
    run("CREATE REL TABLE Knows(FROM Person TO Person)");
    run("COPY Person FROM '" + personCsv.toAbsolutePath() + "' (HEADER=true)");
    run("COPY Knows FROM '" + knowsCsv.toAbsolutePath() + "' (HEADER=true)");
    run("CHECKPOINT");
    expectCount("MATCH (p:Person) RETURN count(*)", data.persons());
    expectCount("MATCH ()-[k:Knows]->() RETURN count(*)", data.edges());
  }

  private void run(String statement) {
    try (QueryResult result = connection.query(statement)) {
      failUnlessSuccess(result, statement);
    }
  }

  private void expectCount(String query, long expected) {
    try (QueryResult count = connection.query(query)) {
      failUnlessSuccess(count, query);
      try (FlatTuple tuple = count.getNext(); Value value = tuple.getValue(0)) {
        long n = ((Number) value.getValue()).longValue();
        if (n != expected) {
          throw new IllegalStateException("kuzu: " + query + " is " + n + ", expected " + expected);
        }
      }
    }
  }

  private static void failUnlessSuccess(QueryResult result, String what) {
    if (!result.isSuccess()) {
      throw new IllegalStateException("kuzu: " + what + " failed: " + result.getErrorMessage());
    }
  }

  private PreparedStatement prepare(String query) {
    PreparedStatement statement = connection.prepare(query);
    if (!statement.isSuccess()) {
      String message = statement.getErrorMessage();
      statement.close();
      throw new IllegalStateException("kuzu: prepare of " + query + " failed: " + message);
    }
    return statement;
  }

  private QueryResult execute(PreparedStatement statement, Map<String, Value> parameters, String what) {
    QueryResult result = connection.execute(statement, parameters);
    if (!result.isSuccess()) {
      String message = result.getErrorMessage();
      result.close();
      throw new IllegalStateException("kuzu: " + what + " failed: " + message);
    }
    return result;
  }

  private QueryResult executeReach(String start, int hops) {
    PreparedStatement statement = reach.computeIfAbsent(hops, h -> prepare(shortest ? reachCypherShortest(h) : reachCypher(h)));
    try (Value parameter = new Value(start)) {
      return execute(statement, Map.of("n", parameter), "reach of " + start);
    }
  }

  @Override
  public int reach(String start, int hops, Blackhole bh) {
    int rows = 0;
    try (QueryResult result = executeReach(start, hops)) {
      while (result.hasNext()) {
        try (FlatTuple tuple = result.getNext(); Value value = tuple.getValue(0)) {
          bh.consume(value.getValue());
        }
        rows++;
      }
    }
    if (rows == 0) {
      throw new IllegalStateException("kuzu: nobody within " + hops + " hops of " + start);
    }
    return rows;
  }

  @Override
  public List<String> reachNames(String start, int hops) {
    List<String> names = new ArrayList<>();
    try (QueryResult result = executeReach(start, hops)) {
      while (result.hasNext()) {
        try (FlatTuple tuple = result.getNext(); Value value = tuple.getValue(0)) {
          names.add((String) value.getValue());
        }
      }
    }
    return names;
  }

  private QueryResult executePaths() {
    if (paths == null) {
      paths = prepare(PATHS_CYPHER);
    }
    return execute(paths, Map.of(), "two-hop paths");
  }

  @Override
  public long twoHopPaths(Blackhole bh) {
    long rows = 0;
    try (QueryResult result = executePaths()) {
      while (result.hasNext()) {
        try (FlatTuple tuple = result.getNext(); Value a = tuple.getValue(0); Value c = tuple.getValue(1)) {
          bh.consume(a.getValue());
          bh.consume(c.getValue());
        }
        rows++;
      }
    }
    return rows;
  }

  @Override
  public long[] twoHopPathSummary() {
    long rows = 0;
    long checksum = 0;
    try (QueryResult result = executePaths()) {
      while (result.hasNext()) {
        try (FlatTuple tuple = result.getNext(); Value a = tuple.getValue(0); Value c = tuple.getValue(1)) {
          checksum += KnowsGraphData.pathHash((String) a.getValue(), (String) c.getValue());
        }
        rows++;
      }
    }
    return new long[] {rows, checksum};
  }

  @Override
  public void close() {
    try {
      for (PreparedStatement statement : reach.values()) {
        statement.close();
      }
      if (paths != null) {
        paths.close();
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
