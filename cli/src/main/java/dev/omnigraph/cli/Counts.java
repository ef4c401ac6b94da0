package dev.omnigraph.cli;

/** English counts for one-line summaries: {@code 1 row}, {@code 3 rows}, {@code 0 edge types}. */
final class Counts {
  private Counts() {}

  /**
   * The count followed by the noun, pluralised with a trailing {@code s} unless the count is 1.
   *
   * @param count a count, e.g. 2
   * @param singular the noun for one, e.g. {@code node type}
   * @return e.g. {@code 2 node types}
   */
  static String of(long count, String singular) {
    return of(count, singular, singular + "s");
  }

  /**
   * The count followed by the noun, with an irregular plural.
   *
   * @return e.g. {@code 1 query}, {@code 2 queries} for {@code of(n, "query", "queries")}
   */
  static String of(long count, String singular, String plural) {
    return count + " " + (count == 1 ? singular : plural);
  }
}
