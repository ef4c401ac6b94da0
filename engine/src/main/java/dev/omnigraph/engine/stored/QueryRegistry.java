package dev.omnigraph.engine.stored;

import dev.omnigraph.compiler.diag.ErrorCode;
import dev.omnigraph.compiler.diag.OmniGraphException;
import dev.omnigraph.compiler.diag.SourceLocation;
import dev.omnigraph.compiler.query.QueryParser;
import dev.omnigraph.compiler.query.ast.Query;
import dev.omnigraph.compiler.query.ast.QueryFile;
import dev.omnigraph.engine.PreparedQuery;
import dev.omnigraph.engine.stored.QueryStore.StoredFile;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The stored queries of one graph ({@code gq-language.md} §11): every {@code query <name>} of the
 * registered {@code .gq} files, keyed by its declared name.
 *
 * <p>Rules, checked before anything is stored:
 * <ul>
 *   <li>a file that does not parse is refused ({@code SYNTAX_ERROR} at file:line:column), and so is
 *       a file that declares no query ({@code INVALID_PARAMETER});
 *   <li>names are unique: a name declared twice in a file, or already registered from another
 *       file, is refused ({@code ALREADY_EXISTS} at the second declaration);
 *   <li>every read query is type-checked and planned against the graph's schema by preparing it,
 *       and every mutation query is type-checked ({@code gq-language.md} §7, §9); the error
 *       ({@code TYPE_ERROR}, or {@code UNSUPPORTED} for a feature this version does not run)
 *       refuses the file.
 * </ul>
 * Checking stops at the first error. A refused file leaves the registry and the directory as they
 * were. Registering a file under a name already registered (the same file name) <em>replaces</em>
 * that file: its old queries are dropped, so a query removed from the file disappears and a name
 * may move between the file's queries freely.
 *
 * <p>Files live verbatim in {@code <graph>/_queries/<file-name>.gq} ({@link QueryStore}). Reads
 * are lock-free on an immutable snapshot; registrations are serialized. Thread-safe.
 */
public final class QueryRegistry {

  /** Parses, checks and plans one query of a source: {@link dev.omnigraph.engine.Graph#prepare}. */
  @FunctionalInterface
  public interface Preparer {
    /**
     * @throws OmniGraphException as {@link dev.omnigraph.engine.Graph#prepare} does
     */
    PreparedQuery prepare(String source, String sourceName, String queryName);
  }

  /** Parses and type-checks one mutation of a source, as {@link dev.omnigraph.engine.Graph#mutate} does before running it. */
  @FunctionalInterface
  public interface MutationChecker {
    /**
     * @throws OmniGraphException {@code SYNTAX_ERROR}/{@code TYPE_ERROR} naming sourceName:line:column
     */
    void check(String source, String sourceName, String queryName);
  }

  /**
   * The stored file text of a query and the name errors give it.
   *
   * @param text the file's text, verbatim
   * @param sourceName the stored file's path, e.g. {@code <graph>/_queries/people.gq}
   */
  public record Source(String text, String sourceName) {}

  private record Entry(StoredQuery query, String source, String sourceName) {}

  private final QueryStore store;
  private final Preparer preparer;
  private final MutationChecker mutationChecker;
  private volatile Map<String, Entry> entries = Map.of();

  /**
   * An empty registry for the graph at {@code graphRoot}; {@link #load()} reads the stored files.
   *
   * @param preparer how a read query is checked and prepared against the graph
   * @param mutationChecker how a mutation query is checked against the graph
   */
  public QueryRegistry(Path graphRoot, Preparer preparer, MutationChecker mutationChecker) {
    this.store = new QueryStore(graphRoot);
    this.preparer = preparer;
    this.mutationChecker = mutationChecker;
  }

  /**
   * Reads and re-checks every file of {@code <graph>/_queries/} (in file-name order), replacing
   * the registry. Called when a graph opens.
   *
   * @throws OmniGraphException a stored file that no longer registers: the rule's code, at the
   *     place in the stored file, with a message naming the file; {@code STORAGE_ERROR} when the
   *     directory cannot be read
   */
  public synchronized void load() {
    Map<String, Entry> loaded = new TreeMap<>();
    for (StoredFile file : store.list()) {
      String sourceName = file.path().toString();
      List<StoredQuery> queries;
      try {
        queries = validate(file.source(), sourceName, file.name(), loaded);
      } catch (OmniGraphException e) {
        throw new OmniGraphException(e.code(), e.location().orElse(null),
            "registered query file " + file.path() + " no longer checks against this graph: " + e.detail(), e);
      }
      queries.forEach(query -> loaded.put(query.name(), new Entry(query, file.source(), sourceName)));
    }
    entries = Collections.unmodifiableMap(loaded);
  }

  /**
   * Registers the queries of a {@code .gq} source, stored as {@link QueryStore#fileName} of
   * {@code sourceName} (e.g. {@code queries/people.gq} is stored as {@code people.gq}), replacing a
   * file registered under that name before.
   *
   * @param sourceName the name errors give the source (a path as the user typed it)
   * @return the file's queries in declaration order
   * @throws OmniGraphException as the class comment lists, located in {@code sourceName};
   *     {@code INVALID_PARAMETER} when {@code sourceName} yields no usable file name;
   *     {@code STORAGE_ERROR} when the file cannot be written. Nothing changes on failure.
   */
  public synchronized List<StoredQuery> register(String source, String sourceName) {
    String fileName = QueryStore.fileName(sourceName);
    Map<String, Entry> next = new TreeMap<>(entries);
    next.values().removeIf(entry -> entry.query().file().equals(fileName));
    List<StoredQuery> queries = validate(source, sourceName, fileName, next);
    store.write(fileName, source);
    String storedName = store.path(fileName).toString();
    queries.forEach(query -> next.put(query.name(), new Entry(query, source, storedName)));
    entries = Collections.unmodifiableMap(next);
    return queries;
  }

  /** Every stored query, sorted by name. */
  public List<StoredQuery> list() {
    return entries.values().stream().map(Entry::query).toList();
  }

  /**
   * The descriptor of one stored query.
   *
   * @throws OmniGraphException {@code NOT_FOUND} "query 'x' not found", suggesting close names
   */
  public StoredQuery describe(String name) {
    return entry(name).query();
  }

  /**
   * Prepares a stored read query (served from the graph's plan cache after the first time).
   *
   * @throws OmniGraphException {@code NOT_FOUND} for an unknown name; {@code UNSUPPORTED} for a
   *     stored mutation, saying to run it with mutate
   */
  public PreparedQuery prepare(String name) {
    Entry entry = entry(name);
    if (entry.query().mutation()) {
      throw new OmniGraphException(ErrorCode.UNSUPPORTED, "query `" + name
          + "` is a mutation; run it with mutate (`omnigraph mutate <graph> --name " + name + "`, Graph.mutateStored), not query");
    }
    return preparer.prepare(entry.source(), entry.sourceName(), name);
  }

  /**
   * The stored file of the mutation {@code name}, to run it by.
   *
   * @throws OmniGraphException {@code NOT_FOUND} for an unknown name; {@code TYPE_ERROR} for a
   *     stored read query, saying to run it with query ({@code gq-language.md} §7)
   */
  public Source mutation(String name) {
    Entry entry = entry(name);
    if (!entry.query().mutation()) {
      throw new OmniGraphException(ErrorCode.TYPE_ERROR, "mutation execution called on read query `" + name
          + "`; use query instead (`omnigraph query <graph> --name " + name + "`, Graph.queryStored)");
    }
    return new Source(entry.source(), entry.sourceName());
  }

  private Entry entry(String name) {
    Map<String, Entry> current = entries;
    Entry entry = name == null ? null : current.get(name);
    if (entry != null) {
      return entry;
    }
    String message = "query '" + name + "' not found";
    if (current.isEmpty()) {
      message += "; this graph has no stored queries";
    } else if (name != null) {
      List<String> close = CloseNames.of(name, current.keySet());
      message += close.isEmpty()
          ? " among the " + current.size() + " stored queries"
          : "; did you mean " + String.join(", ", close) + "?";
    }
    throw new OmniGraphException(ErrorCode.NOT_FOUND, message);
  }

  private List<StoredQuery> validate(String source, String sourceName, String fileName, Map<String, Entry> others) {
    QueryFile file = QueryParser.parse(source, sourceName);
    if (file.queries().isEmpty()) {
      throw new OmniGraphException(ErrorCode.INVALID_PARAMETER, new SourceLocation(sourceName, 1, 1),
          "declares no query; a stored query file holds one or more `query name(...) { ... }` declarations");
    }
    Map<String, Query> declared = new LinkedHashMap<>();
    for (Query query : file.queries()) {
      Query first = declared.putIfAbsent(query.name(), query);
      if (first != null) {
        throw new OmniGraphException(ErrorCode.ALREADY_EXISTS, query.at(), "query `" + query.name()
            + "` is declared twice (first at line " + first.at().line() + "); stored query names must be unique");
      }
      Entry registered = others.get(query.name());
      if (registered != null) {
        throw new OmniGraphException(ErrorCode.ALREADY_EXISTS, query.at(), "query `" + query.name()
            + "` is already registered from " + registered.query().file() + "; stored query names must be unique across files");
      }
    }
    List<StoredQuery> queries = new ArrayList<>();
    for (Query query : file.queries()) {
      if (query.isMutation()) {
        mutationChecker.check(source, sourceName, query.name());
      } else {
        preparer.prepare(source, sourceName, query.name());
      }
      queries.add(descriptor(query, fileName));
    }
    return queries;
  }

  private static StoredQuery descriptor(Query query, String fileName) {
    return new StoredQuery(query.name(), query.annotations().get("description"), query.annotations().get("instruction"),
        query.isMutation(), query.params().stream().map(StoredParam::of).toList(), fileName);
  }
}
