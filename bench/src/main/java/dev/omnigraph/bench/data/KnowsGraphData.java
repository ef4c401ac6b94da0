package dev.omnigraph.bench.data;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.SplittableRandom;

/**
 * A seeded, generated {@code Person}–{@code Knows}–{@code Person} graph: the same graph, for the
 * same {@code (persons, degree, seed)}, in every JVM, so that each system under benchmark loads
 * identical data and can be checked against answers computed here.
 *
 * <p>Person {@code i} (0-based) is named {@code pNNNNN} with {@code NNNNN = i + 1}, five digits
 * (more when {@code persons} exceeds 99,999); the name is the key. Every person has exactly
 * {@code degree} outgoing {@code Knows} edges to distinct other persons drawn with a seeded
 * {@link Random}: no self-loops and no parallel edges, so every person's out-degree is
 * {@code degree} and the edge count is {@code persons × degree}. In-degrees vary.
 *
 * <p>The graph is written as OmniGraph JSONL ({@link #writeJsonl}, {@code pg-schema.md} §7.2) and
 * as two CSV files with header rows ({@link #writePersonCsv}, {@link #writeKnowsCsv}) for
 * DuckDB's and Kuzu's {@code COPY}. The reference answers — the persons within {@code 1..k} hops
 * of one person ({@link #reach}) and the multiset of two-hop paths ({@link #twoHopPathCount},
 * {@link #twoHopPathChecksum}) — are computed from the generated arrays.
 */
public final class KnowsGraphData {

  /** The seed the benchmarks use. */
  public static final long DEFAULT_SEED = 0x6E0C5L;

  /** Outgoing {@code Knows} edges per person. */
  public static final int DEFAULT_DEGREE = 8;

  /** The OmniGraph schema of the generated data. */
  public static final String PG_SCHEMA =
      "node Person {\n"
          + "  name: String @key\n"
          + "}\n"
          + "edge Knows: Person -> Person\n";

  /** The header of {@link #writePersonCsv}. */
  public static final String PERSON_CSV_HEADER = "name";

  /** The header of {@link #writeKnowsCsv}: source name, destination name. */
  public static final String KNOWS_CSV_HEADER = "src,dst";

  private final long seed;
  private final int persons;
  private final int degree;
  /** {@code targets[i * degree + k]}: the destination of person i's k-th edge. */
  private final int[] targets;

  private KnowsGraphData(int persons, int degree, long seed) {
    this.seed = seed;
    this.persons = persons;
    this.degree = degree;
    this.targets = new int[persons * degree];
  }

  /**
   * Generates {@code persons} persons with {@code degree} distinct out-edges each from
   * {@code seed}.
   *
   * @throws IllegalArgumentException when persons is not above degree or degree is not positive
   */
  public static KnowsGraphData generate(int persons, int degree, long seed) {
    if (degree <= 0 || persons <= degree) {
      throw new IllegalArgumentException(
          "need 0 < degree < persons, got persons " + persons + ", degree " + degree);
    }
    if ((long) persons * degree > Integer.MAX_VALUE) {
      throw new IllegalArgumentException("too many edges: " + persons + " × " + degree);
    }
    KnowsGraphData data = new KnowsGraphData(persons, degree, seed);
    Random random = new Random(seed);
    int[] chosen = new int[degree];
    for (int i = 0; i < persons; i++) {
      int count = 0;
      while (count < degree) {
        int j = random.nextInt(persons);
        if (j == i || contains(chosen, count, j)) {
          continue;
        }
        chosen[count++] = j;
      }
      System.arraycopy(chosen, 0, data.targets, i * degree, degree);
    }
    return data;
  }

  /** {@link #generate(int, int, long)} with {@link #DEFAULT_DEGREE} and {@link #DEFAULT_SEED}. */
  public static KnowsGraphData generate(int persons) {
    return generate(persons, DEFAULT_DEGREE, DEFAULT_SEED);
  }

  private static boolean contains(int[] values, int count, int value) {
    for (int i = 0; i < count; i++) {
      if (values[i] == value) {
        return true;
      }
    }
    return false;
  }

  /** The name (and key) of person {@code index}: {@code p} and {@code index + 1} in at least five digits. */
  public static String nameOf(int index) {
    return String.format("p%05d", index + 1);
  }

  public long seed() {
    return seed;
  }

  public int persons() {
    return persons;
  }

  public int degree() {
    return degree;
  }

  /** {@code persons × degree}. */
  public int edges() {
    return targets.length;
  }

  public String name(int person) {
    return nameOf(person);
  }

  /** The destination of person {@code person}'s {@code k}-th outgoing edge, {@code 0 <= k < degree}. */
  public int target(int person, int k) {
    return targets[person * degree + k];
  }

  /**
   * {@code count} person indices drawn uniformly with replacement from {@code seed}: the start
   * persons of a benchmark, in order.
   */
  public int[] startOrder(int count, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    int[] order = new int[count];
    for (int i = 0; i < order.length; i++) {
      order[i] = random.nextInt(persons);
    }
    return order;
  }

  /**
   * The names of the persons within {@code 1..hops} hops of {@code start} along {@code Knows},
   * sorted: the reference answer, computed as the breadth-first search of {@code gq-language.md}
   * §5.4 with {@code min = 1} prescribes. Each person appears once; {@code start} itself is not in
   * the set, because it can only be reached through a cycle (the generator makes no self-loops).
   */
  public List<String> reach(int start, int hops) {
    boolean[] visited = new boolean[persons];
    visited[start] = true;
    int[] frontier = {start};
    List<String> reached = new ArrayList<>();
    for (int hop = 1; hop <= hops && frontier.length > 0; hop++) {
      int[] next = new int[frontier.length * degree];
      int size = 0;
      for (int node : frontier) {
        for (int k = 0; k < degree; k++) {
          int neighbour = target(node, k);
          if (!visited[neighbour]) {
            visited[neighbour] = true;
            next[size++] = neighbour;
            reached.add(nameOf(neighbour));
          }
        }
      }
      frontier = Arrays.copyOf(next, size);
    }
    reached.sort(null);
    return reached;
  }

  /**
   * The number of two-hop paths {@code a → b → c} (rows of {@code $a knows $b  $b knows $c}):
   * the sum over edges {@code a → b} of the out-degree of {@code b}, which is
   * {@code persons × degree²} because every out-degree is {@code degree}. A path may return to its
   * start ({@code c = a}).
   */
  public long twoHopPathCount() {
    long count = 0;
    for (int b : targets) {
      count += outDegree(b);
    }
    return count;
  }

  /** The number of outgoing edges of {@code person}: always {@link #degree()}. */
  public int outDegree(int person) {
    return degree;
  }

  /**
   * An order-independent checksum of the multiset of {@code (a.name, c.name)} over all two-hop
   * paths: the sum of {@link #pathHash} of each pair. Two systems that return the same pairs the
   * same number of times have the same checksum.
   */
  public long twoHopPathChecksum() {
    long[] hashes = new long[persons];
    for (int i = 0; i < persons; i++) {
      hashes[i] = nameOf(i).hashCode();
    }
    long sum = 0;
    for (int a = 0; a < persons; a++) {
      for (int k = 0; k < degree; k++) {
        int b = target(a, k);
        for (int l = 0; l < degree; l++) {
          sum += pathHash(hashes[a], hashes[target(b, l)]);
        }
      }
    }
    return sum;
  }

  /** The hash of one returned pair, from the {@link String#hashCode()} of both names. */
  public static long pathHash(String a, String c) {
    return pathHash(a.hashCode(), c.hashCode());
  }

  private static long pathHash(long a, long c) {
    long h = (a << 32) ^ (c & 0xFFFFFFFFL);
    h ^= h >>> 33;
    h *= 0xFF51AFD7ED558CCDL;
    h ^= h >>> 33;
    h *= 0xC4CEB9FE1A85EC53L;
    return h ^ (h >>> 33);
  }

  /**
   * Writes one OmniGraph JSONL record a line: every person ({@code {"type":"Person","data":
   * {"name":"p00001"}}}), then every edge ({@code {"edge":"Knows","from":"p00001","to":
   * "p04711"}}).
   */
  public void writeJsonl(Path file) throws IOException {
    try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      for (int i = 0; i < persons; i++) {
        out.append("{\"type\":\"Person\",\"data\":{\"name\":\"").append(nameOf(i)).append("\"}}\n");
      }
      for (int i = 0; i < persons; i++) {
        String from = nameOf(i);
        for (int k = 0; k < degree; k++) {
          out.append("{\"edge\":\"Knows\",\"from\":\"").append(from).append("\",\"to\":\"")
              .append(nameOf(target(i, k))).append("\"}\n");
        }
      }
    }
  }

  /** Writes the persons as CSV with the header {@value #PERSON_CSV_HEADER}. */
  public void writePersonCsv(Path file) throws IOException {
    try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      out.append(PERSON_CSV_HEADER).append('\n');
      for (int i = 0; i < persons; i++) {
        out.append(nameOf(i)).append('\n');
      }
    }
  }

  /** Writes the edges as CSV with the header {@value #KNOWS_CSV_HEADER} (names of both ends). */
  public void writeKnowsCsv(Path file) throws IOException {
    try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      out.append(KNOWS_CSV_HEADER).append('\n');
      for (int i = 0; i < persons; i++) {
        String from = nameOf(i);
        for (int k = 0; k < degree; k++) {
          out.append(from).append(',').append(nameOf(target(i, k))).append('\n');
        }
      }
    }
  }
}
