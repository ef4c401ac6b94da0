package dev.omnigraph.bench.data;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Objects;
import java.util.SplittableRandom;

/**
 * A seeded, generated set of {@code Item} rows: the same rows, for the same {@code (rows, seed)},
 * in every JVM, so that each system under benchmark loads identical data and can be checked
 * against the generated values.
 *
 * <p>Row {@code i} (0-based) has the key {@code item-NNNNNN} with {@code NNNNNN = i + 1}, six
 * digits (more when {@code rows} exceeds 999,999). Text values are lower-case ASCII letters,
 * digits, spaces and hyphens only, so they need no quoting in CSV and no escaping in JSON. Prices
 * are whole cents written with {@link Double#toString(double)}, which every reader parses back to
 * the identical {@code double}.
 *
 * <p>The same data can be written as OmniGraph JSONL ({@link #writeJsonl}, {@code pg-schema.md}
 * §7.2) and as a CSV with a header row ({@link #writeCsv}) for DuckDB's and Kuzu's {@code COPY}.
 */
public final class ItemData {

  /** The seed the benchmarks use. */
  public static final long DEFAULT_SEED = 0x0DD5EEDL;

  /** The number of nodes in the benchmark graph. */
  public static final int DEFAULT_ROWS = 100_000;

  /** The OmniGraph schema of the generated data. */
  public static final String PG_SCHEMA =
      "node Item {\n"
          + "  slug: String @key\n"
          + "  name: String\n"
          + "  category: String\n"
          + "  price: F64\n"
          + "  stock: I32\n"
          + "  created: Date\n"
          + "}\n";

  /** The CSV header (the column order of {@link #writeCsv} and of the peers' tables). */
  public static final String CSV_HEADER = "slug,name,category,price,stock,created";

  private static final String[] ADJECTIVES = {
    "amber", "brisk", "calm", "dusty", "eager", "faint", "gentle", "hollow", "ivory", "jolly",
    "keen", "lucid", "mellow", "noble", "olive", "plain", "quiet", "rapid", "silver", "tidy",
    "umber", "vivid", "woolly", "young", "zesty"
  };
  private static final String[] NOUNS = {
    "anchor", "basket", "candle", "drum", "easel", "flask", "globe", "hammer", "inkwell", "jar",
    "kettle", "lantern", "mirror", "needle", "oar", "pillow", "quill", "ribbon", "saddle", "teapot",
    "umbrella", "vase", "wagon", "yoyo", "zither"
  };
  private static final String[] CATEGORIES = {
    "books", "garden", "kitchen", "music", "outdoor", "office", "toys", "tools", "travel",
    "games", "crafts", "lighting", "bath", "pets", "sports", "decor"
  };
  private static final LocalDate FIRST_DAY = LocalDate.of(2020, 1, 1);
  private static final int DAY_SPAN = 5 * 365;

  private final long seed;
  private final String[] slug;
  private final String[] name;
  private final String[] category;
  private final double[] price;
  private final int[] stock;
  private final LocalDate[] created;

  private ItemData(int rows, long seed) {
    this.seed = seed;
    this.slug = new String[rows];
    this.name = new String[rows];
    this.category = new String[rows];
    this.price = new double[rows];
    this.stock = new int[rows];
    this.created = new LocalDate[rows];
  }

  /**
   * Generates {@code rows} items from {@code seed}.
   *
   * @throws IllegalArgumentException when rows is not positive
   */
  public static ItemData generate(int rows, long seed) {
    if (rows <= 0) {
      throw new IllegalArgumentException("rows must be positive, got " + rows);
    }
    ItemData data = new ItemData(rows, seed);
    SplittableRandom random = new SplittableRandom(seed);
    for (int i = 0; i < rows; i++) {
      data.slug[i] = slugOf(i);
      data.name[i] =
          ADJECTIVES[random.nextInt(ADJECTIVES.length)]
              + " "
              + NOUNS[random.nextInt(NOUNS.length)]
              + " "
              + random.nextInt(1000);
      data.category[i] = CATEGORIES[random.nextInt(CATEGORIES.length)];
      data.price[i] = random.nextInt(50, 100_000) / 100.0; // 0.50 .. 999.99
      data.stock[i] = random.nextInt(0, 501);
      data.created[i] = FIRST_DAY.plusDays(random.nextInt(DAY_SPAN));
    }
    return data;
  }

  /** The key of row {@code index}: {@code item-} and {@code index + 1} in at least six digits. */
  public static String slugOf(int index) {
    return String.format("item-%06d", index + 1);
  }

  /** A key that no generated row has. */
  public String missingSlug() {
    return "item-missing";
  }

  /**
   * {@code count} row indices drawn uniformly with replacement from {@code seed}: the order in
   * which a benchmark looks rows up.
   */
  public int[] lookupOrder(int count, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    int[] order = new int[count];
    for (int i = 0; i < order.length; i++) {
      order[i] = random.nextInt(slug.length);
    }
    return order;
  }

  public long seed() {
    return seed;
  }

  public int rows() {
    return slug.length;
  }

  public String slug(int row) {
    return slug[row];
  }

  public String name(int row) {
    return name[row];
  }

  public String category(int row) {
    return category[row];
  }

  public double price(int row) {
    return price[row];
  }

  public int stock(int row) {
    return stock[row];
  }

  public LocalDate created(int row) {
    return created[row];
  }

  /**
   * The five values every system returns for row {@code row}, in return order: slug, name,
   * category, price ({@link Double}), stock ({@link Integer}).
   */
  public Object[] returned(int row) {
    return new Object[] {slug[row], name[row], category[row], price[row], stock[row]};
  }

  /**
   * Writes one OmniGraph JSONL node record a line, e.g. {@code {"type":"Item","data":{"slug":
   * "item-000001","name":"calm oar 12","category":"toys","price":12.5,"stock":3,
   * "created":"2024-01-01"}}}.
   */
  public void writeJsonl(Path file) throws IOException {
    try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      StringBuilder line = new StringBuilder(160);
      for (int i = 0; i < slug.length; i++) {
        line.setLength(0);
        appendJsonlLine(line, i);
        out.append(line);
      }
    }
  }

  /** Appends the {@link #writeJsonl} lines of rows {@code [from, to)} to {@code out}. */
  public void appendJsonl(StringBuilder out, int from, int to) {
    for (int i = from; i < to; i++) {
      appendJsonlLine(out, i);
    }
  }

  private void appendJsonlLine(StringBuilder line, int i) {
    line.append("{\"type\":\"Item\",\"data\":{\"slug\":\"").append(slug[i])
        .append("\",\"name\":\"").append(name[i])
        .append("\",\"category\":\"").append(category[i])
        .append("\",\"price\":").append(price[i])
        .append(",\"stock\":").append(stock[i])
        .append(",\"created\":\"").append(created[i])
        .append("\"}}\n");
  }

  /** Writes the rows as CSV with the header {@value #CSV_HEADER}, dates as {@code YYYY-MM-DD}. */
  public void writeCsv(Path file) throws IOException {
    try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      out.append(CSV_HEADER).append('\n');
      StringBuilder line = new StringBuilder(120);
      for (int i = 0; i < slug.length; i++) {
        line.setLength(0);
        line.append(slug[i]).append(',')
            .append(name[i]).append(',')
            .append(category[i]).append(',')
            .append(price[i]).append(',')
            .append(stock[i]).append(',')
            .append(created[i]).append('\n');
        out.append(line);
      }
    }
  }

  /**
   * Compares one returned row with row {@code row} of the generated data; numbers are compared by
   * value whatever their boxed type.
   *
   * @param system the system's name, for the message
   * @param values the five returned values in return order
   * @throws IllegalStateException naming the system, the key and the first differing column
   */
  public void check(String system, int row, Object[] values) {
    Object[] expected = returned(row);
    if (values.length != expected.length) {
      throw new IllegalStateException(
          system + ": lookup of " + slug[row] + " returned " + values.length + " columns, expected "
              + expected.length);
    }
    for (int c = 0; c < expected.length; c++) {
      boolean same;
      if (expected[c] instanceof Double) {
        same = values[c] instanceof Number n && n.doubleValue() == (Double) expected[c];
      } else if (expected[c] instanceof Integer) {
        same = values[c] instanceof Number n && n.longValue() == (Integer) expected[c]
            && !(values[c] instanceof Double || values[c] instanceof Float);
      } else {
        same = Objects.equals(expected[c], values[c]);
      }
      if (!same) {
        throw new IllegalStateException(
            system + ": lookup of " + slug[row] + " returned " + describe(values[c]) + " in column "
                + (c + 1) + ", expected " + describe(expected[c]));
      }
    }
  }

  private static String describe(Object value) {
    return value == null ? "null" : value + " (" + value.getClass().getSimpleName() + ")";
  }
}
