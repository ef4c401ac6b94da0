package dev.omnigraph.compiler.query.lint;

import dev.omnigraph.compiler.diag.ErrorCode;
import dev.omnigraph.compiler.diag.OmniGraphException;
import dev.omnigraph.compiler.query.QueryParser;
import dev.omnigraph.compiler.query.ast.Query;
import dev.omnigraph.compiler.query.ast.QueryFile;
import dev.omnigraph.compiler.query.check.CheckedMutation;
import dev.omnigraph.compiler.query.check.MutationChecker;
import dev.omnigraph.compiler.query.check.TypeChecker;
import dev.omnigraph.compiler.schema.Catalog;
import dev.omnigraph.compiler.schema.NodeType;
import dev.omnigraph.compiler.schema.Property;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Query lint ({@code gq-language.md} §8): parses a {@code .gq} file, checks every query against a
 * catalog, and reports per-query results plus file-level findings.
 *
 * <ul>
 *   <li>A parse failure gives status error and one error finding {@code Q000} (the parser's
 *       message), with no per-query results.
 *   <li>A read query is checked with {@link TypeChecker}: a {@code TYPE_ERROR} fails it. An
 *       {@code UNSUPPORTED} error does not: the checker raises it for search and ranking functions
 *       after the query fully type-checks, because this version does not execute them, and lint is
 *       about the static check. An {@code UNSUPPORTED} raised for any other reason (the checker met
 *       an expression it does not handle and stopped) leaves the query ok but adds a per-query
 *       warning {@code "not fully checked: <message>"}, so it is not silently passed.
 *   <li>A mutation is checked with {@link MutationChecker}; any error fails it. A mutation that
 *       declares no parameters gets the warning {@value #HARDCODED_MUTATION_WARNING}.
 *   <li>{@code L201} (warning): for each node type with at least one successfully checked
 *       {@code update}, each nullable property that is not a {@code @key} member, not an
 *       {@code @embed} target and not assigned by any of those updates gives
 *       {@code "Type.prop exists in schema but no update query sets it"} (the reference's text) with
 *       the type, the property and the sorted names of the update queries.
 * </ul>
 *
 * <p>Totals: errors = failed queries + error findings; warnings = per-query warnings + warning
 * findings; status is error iff errors &gt; 0. Findings are sorted by severity (error, warning,
 * info), type, property, message. A failure other than an {@link OmniGraphException} (a checker
 * bug) fails the query with {@code "internal error: <exception>"} instead of aborting the lint.
 * Stateless; thread-safe.
 */
public final class QueryLint {
  /** The per-query warning of a mutation without parameters (the reference's text). */
  public static final String HARDCODED_MUTATION_WARNING = "mutation declares no params; hardcoded mutations are easy to miss";
  public static final String PARSE_ERROR_CODE = "Q000";
  public static final String UPDATE_COVERAGE_CODE = "L201";

  private static final String SEARCH_NOT_EXECUTED = "search and ranking functions are not executed";

  private QueryLint() {}

  /**
   * Lints a {@code .gq} source.
   *
   * @param sourceName the name used in error locations and as {@link LintReport#queryPath()}
   */
  public static LintReport lint(Catalog catalog, String source, String sourceName) {
    QueryFile file;
    try {
      file = QueryParser.parse(source, sourceName);
    } catch (OmniGraphException e) {
      LintReport.Finding finding = new LintReport.Finding("error", PARSE_ERROR_CODE, e.getMessage(), null, null, List.of());
      return new LintReport(LintReport.ERROR, sourceName, 0, 1, 0, 0, List.of(), List.of(finding));
    }
    List<LintReport.QueryResult> results = new ArrayList<>();
    Map<String, Coverage> coverage = new TreeMap<>();
    for (Query query : file.queries()) {
      results.add(lintQuery(catalog, query, coverage));
    }
    List<LintReport.Finding> findings = updateCoverage(catalog, coverage);
    findings.sort(Comparator.comparingInt((LintReport.Finding f) -> severityRank(f.severity()))
        .thenComparing(LintReport.Finding::typeName, Comparator.nullsFirst(Comparator.naturalOrder()))
        .thenComparing(LintReport.Finding::property, Comparator.nullsFirst(Comparator.naturalOrder()))
        .thenComparing(LintReport.Finding::message));
    int errors = (int) (results.stream().filter(r -> r.status().equals(LintReport.ERROR)).count()
        + findings.stream().filter(f -> f.severity().equals("error")).count());
    int warnings = results.stream().mapToInt(r -> r.warnings().size()).sum()
        + (int) findings.stream().filter(f -> f.severity().equals("warning")).count();
    int infos = (int) findings.stream().filter(f -> f.severity().equals("info")).count();
    return new LintReport(errors == 0 ? LintReport.OK : LintReport.ERROR, sourceName, file.queries().size(), errors,
        warnings, infos, results, findings);
  }

  private static LintReport.QueryResult lintQuery(Catalog catalog, Query query, Map<String, Coverage> coverage) {
    String kind = query.isMutation() ? "mutation" : "read";
    List<String> warnings = new ArrayList<>();
    if (query.isMutation() && query.params().isEmpty()) {
      warnings.add(HARDCODED_MUTATION_WARNING);
    }
    String error = null;
    try {
      if (query.isMutation()) {
        CheckedMutation checked = MutationChecker.check(catalog, query);
        for (CheckedMutation.Statement statement : checked.statements()) {
          if (statement instanceof CheckedMutation.Update update) {
            Coverage entry = coverage.computeIfAbsent(update.target().name(), k -> new Coverage());
            entry.queries.add(query.name());
            update.assignments().forEach(a -> entry.assigned.add(a.property()));
          }
        }
      } else {
        TypeChecker.check(catalog, query);
      }
    } catch (OmniGraphException e) {
      if (!query.isMutation() && e.code() == ErrorCode.UNSUPPORTED) {
        if (!e.detail().contains(SEARCH_NOT_EXECUTED)) {
          warnings.add("not fully checked: " + e.getMessage());
        }
      } else {
        error = e.getMessage();
      }
    } catch (RuntimeException e) {
      error = "internal error: " + e;
    }
    return new LintReport.QueryResult(query.name(), kind, error == null ? LintReport.OK : LintReport.ERROR, warnings, error);
  }

  private static List<LintReport.Finding> updateCoverage(Catalog catalog, Map<String, Coverage> coverage) {
    List<LintReport.Finding> findings = new ArrayList<>();
    for (NodeType type : catalog.nodeTypes()) {
      Coverage entry = coverage.get(type.name());
      if (entry == null || entry.queries.isEmpty()) {
        continue;
      }
      for (Property property : type.properties()) {
        if (!property.type().nullable() || type.key().contains(property.name())
            || property.annotations().containsKey("embed") || entry.assigned.contains(property.name())) {
          continue;
        }
        findings.add(new LintReport.Finding("warning", UPDATE_COVERAGE_CODE,
            type.name() + "." + property.name() + " exists in schema but no update query sets it",
            type.name(), property.name(), List.copyOf(entry.queries)));
      }
    }
    return findings;
  }

  private static int severityRank(String severity) {
    return switch (severity) {
      case "error" -> 0;
      case "warning" -> 1;
      default -> 2;
    };
  }

  /** The update queries of one node type and the properties they assign. */
  private static final class Coverage {
    final Set<String> queries = new TreeSet<>();
    final Set<String> assigned = new TreeSet<>();
  }
}
