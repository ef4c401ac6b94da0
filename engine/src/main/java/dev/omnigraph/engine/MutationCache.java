package dev.omnigraph.engine;

import dev.omnigraph.compiler.diag.ErrorCode;
import dev.omnigraph.compiler.diag.OmniGraphException;
import dev.omnigraph.compiler.query.QueryParser;
import dev.omnigraph.compiler.query.ast.Query;
import dev.omnigraph.compiler.query.check.CheckedMutation;
import dev.omnigraph.compiler.query.check.MutationChecker;
import dev.omnigraph.compiler.schema.Catalog;
import java.util.Objects;

/**
 * Checked mutations of one graph, keyed by (source text, source name, query name), as
 * {@link QueryCache} keeps read plans: a repeated mutation skips parsing and
 * {@link MutationChecker}. The source name is part of the key because a checked statement keeps
 * its location, which execution errors report ({@code f.gq:3:5: @range violation ...}). What a
 * mutation writes depends on the graph at the time it runs, so only the check is cached. The
 * catalog of an open graph never changes, so a checked mutation stays valid for the graph's
 * lifetime; only mutations that pass the check are cached. Least-recently-used entries beyond
 * {@value #CAPACITY} are dropped. Thread-safe.
 */
final class MutationCache {
  static final int CAPACITY = 512;

  private final Catalog catalog;
  private final PlanLru<Key, CheckedMutation> cache = new PlanLru<>(CAPACITY);

  MutationCache(Catalog catalog) {
    this.catalog = catalog;
  }

  /**
   * The checked mutation {@code queryName} of {@code source} (its only query when the name is
   * null); the same instance for the same text, source name and query name while it stays cached.
   *
   * @throws OmniGraphException {@code SYNTAX_ERROR} or {@code TYPE_ERROR} naming
   *     sourceName:line:column, a read query being a {@code TYPE_ERROR} ("use query instead",
   *     {@code gq-language.md} §7); {@code NOT_FOUND}/{@code INVALID_PARAMETER} as
   *     {@link QueryCache#select}
   */
  CheckedMutation prepare(String source, String sourceName, String queryName) {
    return cache.get(new Key(source, sourceName, queryName), () -> {
      Query query = QueryCache.select(QueryParser.parse(source, sourceName), queryName, sourceName);
      if (!query.isMutation()) {
        throw new OmniGraphException(ErrorCode.TYPE_ERROR, query.at(),
            "mutation execution called on read query `" + query.name() + "`; use query instead");
      }
      return MutationChecker.check(catalog, query);
    });
  }

  private record Key(String source, String sourceName, String name) {
    Key {
      Objects.requireNonNull(source);
    }
  }
}
