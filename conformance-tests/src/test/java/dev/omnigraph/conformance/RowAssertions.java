package dev.omnigraph.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.omnigraph.engine.LoadResult;
import dev.omnigraph.engine.QueryResult;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Short assertions over query results, with expected values written in the Java mapping of
 * {@link dev.omnigraph.engine.ResultColumn}: String for String/enum/ids, Integer for I32, Long for
 * I64/U32/U64 and count(), Float for F32, Double for F64, LocalDate for Date, Instant for DateTime,
 * List for lists, null for a missing value.
 */
final class RowAssertions {
  private RowAssertions() {}

  /** One expected row; values may be null. */
  static List<Object> row(Object... values) {
    return Arrays.asList(values);
  }

  /** A DateTime value, e.g. {@code ts("2026-04-14T00:00:00Z")}. */
  static Instant ts(String iso) {
    return Instant.parse(iso);
  }

  /** A Date value, e.g. {@code date("2024-01-31")}. */
  static LocalDate date(String iso) {
    return LocalDate.parse(iso);
  }

  /** An F32 value as the loader stores it: the JSON number read as a double, narrowed to float. */
  static Float f32(double value) {
    return (float) value;
  }

  /** Exact column names, and exactly these rows in this order. */
  static void assertRows(QueryResult result, List<String> columns, List<List<Object>> rows) {
    assertThat(result.columnNames()).as("column names").containsExactlyElementsOf(columns);
    assertThat(result.rowsAsLists()).as("rows, in order").containsExactlyElementsOf(rows);
  }

  /** Exact column names, and exactly these rows in any order (as a multiset). */
  static void assertRowsAnyOrder(QueryResult result, List<String> columns, List<List<Object>> rows) {
    assertThat(result.columnNames()).as("column names").containsExactlyElementsOf(columns);
    assertThat(result.rowsAsLists()).as("rows, in any order").containsExactlyInAnyOrderElementsOf(rows);
  }

  /**
   * The rows loaded per node type and per edge type. Types the seed has no records for may be
   * reported with 0 or left out; both are accepted.
   */
  static void assertLoadCounts(LoadResult load, Map<String, Long> nodes, Map<String, Long> edges) {
    assertThat(withoutZeros(load.nodesLoaded())).as("nodes loaded per type").isEqualTo(nodes);
    assertThat(withoutZeros(load.edgesLoaded())).as("edges loaded per type").isEqualTo(edges);
    assertThat(load.nodeCount()).as("nodes loaded").isEqualTo(sum(nodes));
    assertThat(load.edgeCount()).as("edges loaded").isEqualTo(sum(edges));
  }

  private static Map<String, Long> withoutZeros(Map<String, Long> counts) {
    Map<String, Long> out = new LinkedHashMap<>();
    counts.forEach((type, count) -> {
      if (count == null || count != 0L) {
        out.put(type, count);
      }
    });
    return out;
  }

  private static long sum(Map<String, Long> counts) {
    return counts.values().stream().mapToLong(Long::longValue).sum();
  }
}
