package dev.omnigraph.engine;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.omnigraph.compiler.diag.ErrorCode;
import dev.omnigraph.compiler.diag.OmniGraphException;
import dev.omnigraph.compiler.schema.ArrowSchemas;
import dev.omnigraph.compiler.schema.Catalog;
import dev.omnigraph.compiler.schema.GraphType;
import dev.omnigraph.compiler.schema.SchemaParser;
import dev.omnigraph.engine.exec.AdjacencyCache;
import dev.omnigraph.engine.lance.LanceTable;
import dev.omnigraph.engine.load.Loader;
import dev.omnigraph.engine.mutate.MutationPlan;
import dev.omnigraph.engine.mutate.MutationPlanner;
import dev.omnigraph.engine.validate.BaseTables;
import dev.omnigraph.compiler.query.ast.Query;
import dev.omnigraph.compiler.query.check.CheckedMutation;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import dev.omnigraph.engine.scan.TableStore;
import dev.omnigraph.engine.storage.GraphDirectory;
import dev.omnigraph.engine.storage.GraphManifest;
import dev.omnigraph.engine.storage.TableEntry;
import dev.omnigraph.engine.stored.QueryRegistry;
import dev.omnigraph.engine.stored.StoredQuery;
import dev.omnigraph.engine.load.Ulid;
import dev.omnigraph.engine.recovery.Recovery;
import dev.omnigraph.engine.storage.GraphCommit;
import dev.omnigraph.engine.write.WriteEngine;
import dev.omnigraph.engine.write.WriteOutcome;
import dev.omnigraph.engine.write.WritePlan;
import dev.omnigraph.engine.write.WriteRequest;
import dev.omnigraph.engine.write.WriterKind;
import dev.omnigraph.engine.write.WriteGates;
import dev.omnigraph.engine.branch.Branches;
import dev.omnigraph.engine.branch.MergeResult;
import java.util.function.Function;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.memory.RootAllocator;

/**
 * An open graph directory: the embedded API. See {@code docs/architecture.md} for the layout.
 * Methods are safe to call from several threads; writes are serialized, reads see the graph
 * version that was current when they started.
 *
 * <p>Errors are {@link OmniGraphException}s with a code and, for bad input, the place
 * (file:line:column or JSONL line).
 */
public final class Graph implements AutoCloseable {
  /** Tables with at most this many rows are held in memory for reads (see {@link TableStore}). */
  public static final long DEFAULT_RESIDENT_ROW_LIMIT = 2_000_000;

  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private final GraphDirectory directory;
  private final Catalog catalog;
  private final BufferAllocator allocator;
  private final TableStore tables;
  private final AdjacencyCache adjacency;
  private final QueryCache queries;
  private final MutationCache mutations;
  private final SqlCache sqlQueries;
  private final QueryRegistry storedQueries;
  private final boolean readOnly;
  private final Recovery recovery;
  private final WriteEngine writes;
  private final Branches branches;
  private final String branch;
  private final boolean owner;
  private final String actor;
  /** Branch name to the manifest its handles read, shared by every handle of one open graph. */
  private final java.util.concurrent.ConcurrentHashMap<String, java.util.concurrent.atomic.AtomicReference<GraphManifest>> heads;
  /** This handle's manifest: shared per branch, or fixed for a snapshot. */
  private final java.util.concurrent.atomic.AtomicReference<GraphManifest> head;
  /** The schema name SQL gives this handle's branch when it is not {@link #branch} (a transaction's handle), or null. */
  private volatile String sqlBranch;

  private Graph(GraphDirectory directory, Catalog catalog, long residentRowLimit, boolean readOnly) {
    this.directory = directory;
    this.catalog = catalog;
    this.readOnly = readOnly;
    this.allocator = new RootAllocator();
    this.tables = new TableStore(directory, allocator, residentRowLimit);
    this.recovery = new Recovery(directory, allocator);
    this.writes = new WriteEngine(directory, tables, recovery::healBeforeWrite);
    this.adjacency = new AdjacencyCache(tables);
    this.queries = new QueryCache(this);
    this.mutations = new MutationCache(catalog);
    this.sqlQueries = new SqlCache(this);
    this.storedQueries = new QueryRegistry(directory.root(), this::prepare, mutations::prepare);
    this.branches = new Branches(directory, catalog, tables);
    this.branch = GraphManifest.MAIN;
    this.owner = true;
    this.actor = null;
    this.heads = new java.util.concurrent.ConcurrentHashMap<>();
    this.head = heads.computeIfAbsent(GraphManifest.MAIN, b -> new java.util.concurrent.atomic.AtomicReference<>());
  }

  /**
   * A view of {@code parent}'s graph on another branch or snapshot: shares its storage handles,
   * caches and write engine, has its own manifest and query caches, and releases nothing on close.
   */
  private Graph(Graph parent, GraphManifest manifest, boolean readOnly) {
    this(parent, manifest, readOnly, parent.actor);
  }

  private Graph(Graph parent, GraphManifest manifest, boolean readOnly, String actor) {
    this.directory = parent.directory;
    this.catalog = parent.catalog;
    this.allocator = parent.allocator;
    this.tables = parent.tables;
    this.recovery = parent.recovery;
    this.writes = parent.writes;
    this.adjacency = parent.adjacency;
    this.branches = parent.branches;
    this.readOnly = readOnly;
    this.branch = manifest.branch();
    this.owner = false;
    this.actor = actor;
    this.heads = parent.heads;
    if (readOnly) {
      this.head = new java.util.concurrent.atomic.AtomicReference<>(manifest);
    } else {
      this.head = heads.computeIfAbsent(branch, b -> new java.util.concurrent.atomic.AtomicReference<>(manifest));
      advanceTo(manifest);
    }
    this.queries = new QueryCache(this);
    this.mutations = new MutationCache(catalog);
    this.sqlQueries = new SqlCache(this);
    this.storedQueries = new QueryRegistry(directory.root(), this::prepare, mutations::prepare);
    this.storedQueries.load();
  }

  /**
   * Creates a graph at {@code root} from a {@code .pg} file: writes the schema contract and one
   * empty Lance dataset per node type and edge type ({@code pg-schema.md} §3.6).
   *
   * @throws OmniGraphException {@code ALREADY_EXISTS} when root holds a graph;
   *     {@code SYNTAX_ERROR}/{@code SCHEMA_ERROR} naming file:line:column
   */
  public static Graph init(Path root, Path schemaFile) {
    return init(root, readFile(schemaFile), schemaFile.toString());
  }

  /** As {@link #init(Path, Path)}, with the schema text given directly and named {@code sourceName}. */
  public static Graph init(Path root, String schemaSource, String sourceName) {
    GraphDirectory directory = new GraphDirectory(root);
    if (directory.exists() || Files.exists(directory.root().resolve(GraphDirectory.SCHEMA_FILE))) {
      throw new OmniGraphException(ErrorCode.ALREADY_EXISTS, "a graph already exists at " + directory.root());
    }
    Catalog catalog = SchemaParser.parse(schemaSource, sourceName);
    Map<String, TableEntry> entries = new TreeMap<>();
    try (BufferAllocator allocator = new RootAllocator()) {
      for (GraphType type : allTypes(catalog)) {
        long version = LanceTable.create(allocator, directory.tableUri(type.tablePath()), ArrowSchemas.tableSchema(type));
        entries.put(type.tableKey(), new TableEntry(type.tablePath(), version));
      }
    }
    directory.writeSchema(schemaSource, catalogJson(catalog));
    String genesis = Ulid.next();
    directory.writeCommit(new GraphCommit(genesis, GraphManifest.MAIN, List.of(), null, WriteEngine.nowMicros(), "init", 1, entries));
    directory.publishInitial(new GraphManifest(GraphManifest.FORMAT_VERSION, 1, genesis, GraphManifest.MAIN, null, entries));
    Graph graph = new Graph(directory, catalog, DEFAULT_RESIDENT_ROW_LIMIT, false);
    graph.advanceTo(directory.readManifest());
    return graph;
  }

  /**
   * Opens an existing graph.
   *
   * @throws OmniGraphException {@code NOT_FOUND} when root holds no graph; {@code STORAGE_ERROR}
   *     when its schema files disagree; the error of a registered query file that no longer checks
   *     (see {@link #registerQueries(String, String)}), naming the file
   */
  public static Graph open(Path root) {
    return open(root, DEFAULT_RESIDENT_ROW_LIMIT);
  }

  /**
   * Opens an existing graph, holding tables of at most {@code residentRowLimit} rows in memory
   * for reads (0 makes every read a Lance scan).
   */
  public static Graph open(Path root, long residentRowLimit) {
    Graph graph = new Graph(directory(root), checkedCatalog(directory(root)), residentRowLimit, false);
    try {
      graph.recovery.run(Recovery.Mode.FULL);
      graph.advanceTo(graph.directory.readManifest());
    } catch (RuntimeException | Error e) {
      graph.close();
      throw e;
    }
    return withStoredQueries(graph);
  }

  /**
   * Opens an existing graph for reading only: runs no recovery and writes nothing, not even
   * when a crash left a recovery sidecar (reads resolve through the manifest, so an
   * interrupted write is invisible to them; {@code storage-recovery.md} §2.4). Writes fail with
   * {@code UNSUPPORTED}.
   *
   * @throws OmniGraphException as {@link #open(Path)}
   */
  public static Graph openReadOnly(Path root) {
    Graph graph = new Graph(directory(root), checkedCatalog(directory(root)), DEFAULT_RESIDENT_ROW_LIMIT, true);
    try {
      graph.advanceTo(graph.directory.readManifest());
    } catch (RuntimeException | Error e) {
      graph.close();
      throw e;
    }
    return withStoredQueries(graph);
  }

  private static GraphDirectory directory(Path root) {
    GraphDirectory directory = new GraphDirectory(root);
    if (!directory.exists()) {
      throw new OmniGraphException(ErrorCode.NOT_FOUND, "no graph at " + directory.root() + " (create one with init)");
    }
    return directory;
  }

  private static Catalog checkedCatalog(GraphDirectory directory) {
    String source = directory.readSchemaSource();
    Catalog catalog = SchemaParser.parse(source, directory.root().resolve(GraphDirectory.SCHEMA_FILE).toString());
    if (!catalogJson(catalog).equals(directory.readCatalogJson())) {
      throw new OmniGraphException(ErrorCode.STORAGE_ERROR, directory.root().resolve(GraphDirectory.SCHEMA_FILE)
          + " no longer matches the accepted catalog in " + GraphDirectory.CATALOG_FILE + "; schema changes go through schema apply");
    }
    return catalog;
  }

  /**
   * Re-reads the manifest so later reads see writes other handles or processes published since,
   * first rolling forward any confirmed write a crash left unpublished (never rolling back: a
   * live writer elsewhere may own it; {@code storage-recovery.md} §4.1). A read-only graph only
   * re-reads.
   */
  public void refresh() {
    if (!readOnly) {
      recovery.run(Recovery.Mode.ROLL_FORWARD_ONLY);
    }
    advanceTo(directory.readManifest(branch));
  }

  /** The graph's head commit id: the last graph commit published. */
  public String headCommit() {
    return head.get().headCommit();
  }

  /** The graph's catalog. */
  public Catalog catalog() {
    return catalog;
  }

  /** The graph root directory. */
  public Path root() {
    return directory.root();
  }

  /** The current graph version (increases with every published write). */
  public long version() {
    return head.get().graphVersion();
  }

  /**
   * Appends the records of a JSONL file: {@link #load(Path, LoadMode)} in {@link LoadMode#APPEND}
   * mode.
   */
  public LoadResult load(Path jsonlFile) {
    return load(jsonlFile, LoadMode.APPEND);
  }

  /** As {@link #load(Path)}, reading JSONL text named {@code sourceName} in errors. */
  public LoadResult load(String jsonl, String sourceName) {
    return load(jsonl, sourceName, LoadMode.APPEND);
  }

  /**
   * Loads the records of a strict JSONL file ({@code pg-schema.md} §7) in {@code mode}, as one
   * graph commit. Every record is checked — types, required values, enums, {@code @range},
   * {@code @check}, {@code @unique}, edge endpoints, {@code @card} — against the graph as it will
   * be after the load, before anything is written; a rejected load leaves the graph unchanged.
   * Append and merge loads are prepared again when another writer changed what they read;
   * an overwrite then fails.
   *
   * @return rows per type in the input
   * @throws OmniGraphException naming the JSONL line: {@code DATA_ERROR} (malformed line, unknown
   *     type or field, wrong value type, missing required value), {@code CONSTRAINT_VIOLATION}
   *     (repeated id, constraint), {@code KEY_CONFLICT} (append meets a stored id);
   *     {@code WRITE_CONFLICT} for an overwrite that lost to another writer; as {@link WriteEngine#write}
   */
  public LoadResult load(Path jsonlFile, LoadMode mode) {
    return load(readFile(jsonlFile), jsonlFile.toString(), mode);
  }

  /** As {@link #load(Path, LoadMode)}, reading JSONL text named {@code sourceName} in errors. */
  public LoadResult load(String jsonl, String sourceName, LoadMode mode) {
    LoadResult[] result = new LoadResult[1];
    write(WriterKind.LOAD, null, mode.name().toLowerCase(java.util.Locale.ROOT) + " load " + sourceName, mode != LoadMode.OVERWRITE,
        base -> {
          Loader.Plan plan = Loader.plan(catalog, jsonl, sourceName, mode, new BaseTables(tables, base));
          result[0] = plan.result();
          return plan.write();
        });
    return result[0];
  }

  /**
   * Runs the mutation {@code queryName} of a {@code .gq} source (or its only query when
   * {@code queryName} is null) as one graph commit, exactly as {@code gq-language.md} §9 says:
   * inserts (a stored {@code @key} is replaced whole), updates that see earlier statements'
   * rows, deletes that cascade to the edges of deleted nodes; every constraint is checked on the
   * graph as it will be, and a rejected mutation leaves the graph unchanged. A mutation that
   * changes nothing publishes nothing. Insert-only mutations are prepared again when another
   * writer changed what they read; updates and deletes then fail. Checked mutations are cached by
   * (source, name), so running the same text again skips parsing and checking.
   *
   * @param params JSON-shaped values by parameter name, coerced as {@code gq-language.md} §10.4
   * @throws OmniGraphException {@code SYNTAX_ERROR}/{@code TYPE_ERROR} naming
   *     sourceName:line:column (a read query is a {@code TYPE_ERROR}); {@code NOT_FOUND} for an
   *     unknown name; {@code INVALID_PARAMETER}; at the offending statement {@code DATA_ERROR}
   *     (a value that does not fit) or {@code CONSTRAINT_VIOLATION}; {@code WRITE_CONFLICT} for an
   *     update or delete that lost to another writer; as {@link WriteEngine#write}
   */
  public MutationResult mutate(String gqSource, String sourceName, String queryName, Map<String, ?> params) {
    CheckedMutation checked = mutations.prepare(gqSource, sourceName, queryName);
    Query query = checked.query();
    Map<String, Object> bound = Parameters.bind(query.params(), params, query.name());
    Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
    boolean insertsOnly = checked.statements().stream().allMatch(s -> s instanceof CheckedMutation.Insert);
    MutationPlan[] plan = new MutationPlan[1];
    WriteOutcome outcome = write(WriterKind.MUTATION, null, "mutation " + query.name(), insertsOnly, base -> {
      plan[0] = MutationPlanner.plan(catalog, checked, bound, now, new BaseTables(tables, base));
      return plan[0].write();
    });
    return new MutationResult(plan[0].affectedNodes(), plan[0].affectedEdges(), outcome.commitId());
  }

  /**
   * Runs a write through the staged-write engine ({@link WriteEngine}) and makes its result
   * visible to this handle's later reads.
   *
   * @param prepare validates against a base manifest and returns the plan; may run more than once
   *     when {@code retryable}
   * @throws OmniGraphException {@code UNSUPPORTED} on a read-only graph; otherwise as
   *     {@link WriteEngine#write}
   */
  WriteOutcome write(WriterKind kind, String actor, String message, boolean retryable, Function<GraphManifest, WritePlan> prepare) {
    if (readOnly) {
      throw new OmniGraphException(ErrorCode.UNSUPPORTED, "the graph at " + directory.root() + " is open read-only");
    }
    WriteOutcome outcome = writes.write(new WriteRequest(branch, kind, actor != null ? actor : this.actor, message, retryable, null, prepare));
    advanceTo(outcome.manifest());
    return outcome;
  }

  /** Moves this handle's manifest forward, never back (concurrent writers may finish out of order). */
  private synchronized void advanceTo(GraphManifest next) {
    head.accumulateAndGet(next, (current, candidate) ->
        current == null || !java.util.Objects.equals(current.incarnation(), candidate.incarnation())
            || candidate.graphVersion() > current.graphVersion() ? candidate : current);
  }

  /**
   * Parses, checks and plans the query {@code queryName} of a {@code .gq} source (or its only
   * query when {@code queryName} is null). Plans are cached by (source, name).
   *
   * @throws OmniGraphException {@code SYNTAX_ERROR} or {@code TYPE_ERROR} naming
   *     sourceName:line:column; {@code NOT_FOUND} for an unknown name
   */
  public PreparedQuery prepare(String gqSource, String sourceName, String queryName) {
    return queries.prepare(gqSource, sourceName, queryName);
  }

  /**
   * Parses, validates and plans a SQL query over the graph's node and edge tables (named as
   * {@link dev.omnigraph.engine.meta.GraphMetadata} lists them), or {@code EXPLAIN PLAN FOR} one;
   * see {@link dev.omnigraph.compiler.sql.SqlPlanner}. Its parameters are the {@code ?} markers,
   * named {@code "1"}, {@code "2"}, ... Plans are cached by text.
   *
   * @throws OmniGraphException {@code SYNTAX_ERROR}, {@code NOT_FOUND} or {@code TYPE_ERROR} at
   *     {@code <statement>:line:column}; {@code UNSUPPORTED} naming a statement kind, operator or
   *     function this version does not run
   */
  public PreparedQuery prepareSql(String sql) {
    return sqlQueries.prepare(sql);
  }

  /**
   * Parses, validates and plans a SQL {@code INSERT}, {@code UPDATE} or {@code DELETE} on a node
   * or edge table of this handle's branch; executing it is one write with the validation and
   * errors of {@link #mutate} ({@link PreparedSqlUpdate}). Its parameters are the {@code ?}
   * markers, named {@code "1"}, {@code "2"}, ...
   *
   * @throws OmniGraphException {@code SYNTAX_ERROR}, {@code NOT_FOUND} or {@code TYPE_ERROR} at
   *     {@code <statement>:line:column}; {@code UNSUPPORTED} for other statements, a write naming
   *     another branch, {@code SET id}, or a source the executor does not run
   */
  public PreparedSqlUpdate prepareSqlUpdate(String sql) {
    return sqlQueries.prepareUpdate(sql);
  }

  /** Prepares and runs a query in one call; see {@link #prepare} and {@link PreparedQuery#execute}. */
  public QueryResult query(String gqSource, String sourceName, String queryName, Map<String, ?> params) {
    return prepare(gqSource, sourceName, queryName).execute(params);
  }

  GraphManifest manifest() {
    return head.get();
  }

  /** The current manifest of branch {@code name}, read from disk (for SQL naming another branch). */
  GraphManifest manifestOf(String name) {
    return directory.readManifest(name);
  }

  /** The branch SQL's unqualified names and this branch's schema name mean: the transaction's target for a transaction's handle. */
  String sqlBranch() {
    String name = sqlBranch;
    return name != null ? name : branch;
  }

  /** Makes SQL on this (transaction) handle name its tables after {@code name}, the transaction's target branch. */
  void sqlBranch(String name) {
    sqlBranch = name;
  }

  TableStore tables() {
    return tables;
  }

  AdjacencyCache adjacency() {
    return adjacency;
  }

  /** Releases native resources; the graph cannot be used afterwards. Idempotent. */
  @Override
  public synchronized void close() {
    if (!owner) {
      return;
    }
    tables.close();
    allocator.close();
  }

  // Branches, history and time travel (storage-recovery.md §1.10, §2.3, §5; surface.md §6-7).

  /**
   * A handle on the same branch that records {@code actor} on every graph commit it makes (the
   * authenticated user of a server session, say); it shares this handle's resources, and closing
   * it releases nothing.
   */
  public Graph as(String actor) {
    return new Graph(this, head.get(), readOnly, actor);
  }

  /** The actor this handle records on its commits, or null. */
  public String actor() {
    return actor;
  }

  /** The graph branch this handle reads and writes ({@code main} for {@link #open}). */
  public String branchName() {
    return branch;
  }

  /** True for a handle that refuses writes: an {@link #at} snapshot, or a graph opened with {@link #openReadOnly}. */
  public boolean isReadOnly() {
    return readOnly;
  }

  /** Every graph branch, {@code main} first, then the others by name. */
  public List<String> branches() {
    return branches.list();
  }

  /**
   * A handle on branch {@code name} of this graph: reads see that branch, writes go to it. It
   * shares this handle's resources; closing it releases nothing, closing this handle ends both.
   *
   * @throws OmniGraphException {@code NOT_FOUND} for an unknown branch
   */
  public Graph branch(String name) {
    return name.equals(branch) && !readOnly ? this : new Graph(this, directory.readManifest(name), readOnly);
  }

  /**
   * Creates branch {@code name} from {@code from}, a branch (its current head) or a commit id. No
   * data is copied: each table forks on the branch's first write to it.
   *
   * @throws OmniGraphException {@code INVALID_PARAMETER} for an empty, padded or reserved name;
   *     {@code ALREADY_EXISTS}; {@code NOT_FOUND} for an unknown {@code from}; {@code UNSUPPORTED}
   *     on a read-only handle
   */
  public void createBranch(String name, String from) {
    requireWritable();
    branches.create(name, from);
  }

  /**
   * Deletes branch {@code name}; {@code main}, and a branch another branch was created from and
   * still reads tables of, cannot be deleted. A branch created again under the same name is a
   * new branch.
   *
   * @throws OmniGraphException {@code INVALID_PARAMETER} for {@code main}; {@code NOT_FOUND};
   *     {@code WRITE_CONFLICT} when another branch depends on it
   */
  public void deleteBranch(String name) {
    requireWritable();
    forget(branches.delete(name));
  }

  /**
   * Merges branch {@code source} into branch {@code target} as one commit with both heads as
   * parents ({@code storage-recovery.md} §5.3), recording {@code actor}.
   *
   * @throws OmniGraphException see {@link Branches#merge}; a conflict is a
   *     {@link dev.omnigraph.engine.branch.MergeConflictException} with every conflicting row
   */
  public MergeResult merge(String source, String target, String actor) {
    requireWritable();
    MergeResult result = branches.merge(source, target, actor != null ? actor : this.actor, writes::write);
    if (target.equals(branch)) {
      advanceTo(directory.readManifest(branch));
    }
    return result;
  }

  /** This branch's history: every commit reachable from its head, newest first. */
  public List<GraphCommit> log() {
    return branches.history().log(head.get().headCommit());
  }

  /**
   * A read-only handle on the graph as it was at {@code commitOrTime}: a commit id, or an
   * ISO-8601 instant (the newest commit of this branch created at or before it).
   *
   * @throws OmniGraphException {@code NOT_FOUND} for an unknown commit or a time before the
   *     branch's first commit; {@code INVALID_PARAMETER} for text that is neither
   */
  public Graph at(String commitOrTime) {
    String commitId;
    if (branches.history().exists(commitOrTime)) {
      commitId = commitOrTime;
    } else if (commitOrTime.matches("[0-9A-Za-z]{26}")) {
      throw new OmniGraphException(ErrorCode.NOT_FOUND, "unknown commit '" + commitOrTime + "'");
    } else {
      java.time.Instant instant;
      try {
        instant = java.time.OffsetDateTime.parse(commitOrTime).toInstant();
      } catch (java.time.format.DateTimeParseException e) {
        throw new OmniGraphException(ErrorCode.INVALID_PARAMETER, "'" + commitOrTime
            + "' is neither a commit id nor an ISO-8601 time such as 2026-11-21T10:15:30Z");
      }
      commitId = branches.history().at(head.get().headCommit(), instant).id();
    }
    return new Graph(this, branches.snapshot(commitId), true);
  }

  /**
   * Begins a transaction on this handle's branch ({@link GraphTransaction}): later writes through
   * {@link GraphTransaction#graph()} are seen only inside it until {@link GraphTransaction#commit()}
   * publishes them as one commit, recording {@code actor}.
   *
   * @throws OmniGraphException {@code UNSUPPORTED} on a read-only handle
   */
  public GraphTransaction begin(String actor) {
    requireWritable();
    return new GraphTransaction(this, branches.createTransactionBranch(branch), actor != null ? actor : this.actor);
  }

  MergeResult mergeTransaction(String hiddenBranch, String actor) {
    MergeResult result = branches.merge(hiddenBranch, branch, actor, "commit transaction", writes::write);
    advanceTo(directory.readManifest(branch));
    return result;
  }

  void dropTransactionBranch(String hiddenBranch) {
    forget(branches.delete(hiddenBranch));
  }

  /**
   * Drops what this process holds for a deleted branch: its write gates, its manifest reference,
   * and the cached tables and adjacency indexes of its forks (each transaction deletes one).
   */
  private void forget(GraphManifest deleted) {
    WriteGates.forget(directory.root(), deleted.branch());
    heads.remove(deleted.branch());
    tables.forgetBranch(deleted.incarnation());
    adjacency.forgetBranch(deleted.incarnation());
  }

  private void requireWritable() {
    if (readOnly) {
      throw new OmniGraphException(ErrorCode.UNSUPPORTED, "this handle of " + directory.root() + " is read-only");
    }
  }

  private static List<GraphType> allTypes(Catalog catalog) {
    List<GraphType> types = new ArrayList<>(catalog.nodeTypes());
    types.addAll(catalog.edgeTypes());
    return types;
  }

  private static String catalogJson(Catalog catalog) {
    try {
      return JSON.writeValueAsString(new TreeMap<>(Map.of("edge_types", catalog.edgeTypes(), "node_types", catalog.nodeTypes())));
    } catch (JsonProcessingException e) {
      throw new OmniGraphException(ErrorCode.INTERNAL_ERROR, "cannot encode the catalog: " + e.getMessage());
    }
  }

  private static String readFile(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (java.nio.file.NoSuchFileException e) {
      throw new OmniGraphException(ErrorCode.NOT_FOUND, "cannot read " + file + ": no such file");
    } catch (IOException e) {
      throw new OmniGraphException(ErrorCode.STORAGE_ERROR, "cannot read " + file + ": " + e.getMessage());
    }
  }

  // Stored queries (gq-language.md §11). Kept at the end of the class.

  /**
   * Registers the queries of a {@code .gq} file with this graph ({@code gq-language.md} §11) and
   * stores the file verbatim as {@code <graph>/_queries/<file name>}, so a reopened graph has
   * them; see {@link #registerQueries(String, String)} for the rules.
   *
   * @return the file's queries in declaration order
   * @throws OmniGraphException {@code NOT_FOUND} when the file does not exist; otherwise as
   *     {@link #registerQueries(String, String)}
   */
  public List<StoredQuery> registerQueries(Path gqFile) {
    return registerQueries(readFile(gqFile), gqFile.toString());
  }

  /**
   * Registers the queries of {@code .gq} text, stored under the last segment of
   * {@code sourceName} ({@code .gq} appended when missing). The registry key is each query's
   * declared name. The file is refused, and nothing is stored, when it does not parse
   * ({@code SYNTAX_ERROR}), declares no query ({@code INVALID_PARAMETER}), declares a name twice or
   * a name already registered from another file ({@code ALREADY_EXISTS}), or holds a read query
   * that does not type-check against this graph ({@code TYPE_ERROR}) or uses a feature this version
   * does not run ({@code UNSUPPORTED}); errors name {@code sourceName:line:column}. Mutation queries
   * are stored unchecked and marked {@link StoredQuery#mutation()}. Registering a file name again
   * replaces that file's queries.
   *
   * @return the file's queries in declaration order
   * @throws OmniGraphException as above; {@code INVALID_PARAMETER} when {@code sourceName} does not
   *     end in a usable file name; {@code STORAGE_ERROR} when the file cannot be written
   */
  public List<StoredQuery> registerQueries(String gqSource, String sourceName) {
    return storedQueries.register(gqSource, sourceName);
  }

  /** The stored queries' catalog descriptors ({@code surface.md} §5), sorted by name. */
  public List<StoredQuery> storedQueries() {
    return storedQueries.list();
  }

  /**
   * Prepares the stored read query {@code name}.
   *
   * @throws OmniGraphException {@code NOT_FOUND} "query 'x' not found" (suggesting close names);
   *     {@code UNSUPPORTED} for a stored mutation, saying to run it with {@link #mutateStored}
   */
  public PreparedQuery prepareStored(String name) {
    return storedQueries.prepare(name);
  }

  /**
   * Runs the stored query {@code name}; {@code params} are JSON-shaped values by parameter name
   * ({@code gq-language.md} §10.4, see {@link PreparedQuery#execute}).
   *
   * @throws OmniGraphException as {@link #prepareStored} and {@link PreparedQuery#execute}
   */
  public QueryResult queryStored(String name, Map<String, ?> params) {
    return prepareStored(name).execute(params);
  }

  /**
   * Runs the stored mutation {@code name} as {@link #mutate} runs mutation text; {@code params} are
   * JSON-shaped values by parameter name ({@code gq-language.md} §10.4, §11).
   *
   * @throws OmniGraphException {@code NOT_FOUND} "query 'x' not found" (suggesting close names);
   *     {@code TYPE_ERROR} for a stored read query ("use query instead"); otherwise as
   *     {@link #mutate}, the message starting {@code stored mutation `name`:} and located in the
   *     stored file ({@code <graph>/_queries/<file>:line:column})
   */
  public MutationResult mutateStored(String name, Map<String, ?> params) {
    QueryRegistry.Source stored = storedQueries.mutation(name);
    try {
      return mutate(stored.text(), stored.sourceName(), name, params);
    } catch (OmniGraphException e) {
      throw new OmniGraphException(e.code(), e.location().orElse(null), "stored mutation `" + name + "`: " + e.detail(), e);
    }
  }

  private static Graph withStoredQueries(Graph graph) {
    try {
      graph.storedQueries.load();
      return graph;
    } catch (RuntimeException | Error e) {
      graph.close();
      throw e;
    }
  }
}
