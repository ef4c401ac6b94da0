package dev.omnigraph.engine.storage;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.omnigraph.compiler.diag.ErrorCode;
import dev.omnigraph.compiler.diag.OmniGraphException;
import dev.omnigraph.engine.failpoint.Failpoint;
import dev.omnigraph.engine.failpoint.Failpoints;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * The files of a graph directory besides the Lance datasets:
 *
 * <pre>
 * &lt;root&gt;/
 *   _schema.pg          the schema source exactly as given to init
 *   _catalog.json       the accepted catalog (type ids, properties, constraints)
 *   _graph.json         the manifest of branch main: the version of each table in its current graph version
 *   _branches/&lt;name&gt;.json the manifest of every other graph branch
 *   _graph.lock         the file locked while the manifest is compared and swapped
 *   _commits/&lt;id&gt;.json  one immutable record per graph commit
 *   __recovery/&lt;id&gt;.json recovery sidecars of writes in flight (empty in steady state)
 *   nodes/&lt;id&gt;-&lt;inc&gt;/  one Lance dataset per node type
 *   edges/&lt;id&gt;-&lt;inc&gt;/  one Lance dataset per edge type
 * </pre>
 *
 * Files are replaced atomically (write a temporary file, then rename), so a reader sees the old or
 * the new file, never a partial one.
 */
public final class GraphDirectory {
  public static final String SCHEMA_FILE = "_schema.pg";
  public static final String CATALOG_FILE = "_catalog.json";
  public static final String MANIFEST_FILE = "_graph.json";
  public static final String BRANCHES_DIR = "_branches";
  public static final String COMMITS_DIR = "_commits";
  public static final String RECOVERY_DIR = "__recovery";

  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private final Path root;

  public GraphDirectory(Path root) {
    this.root = root.toAbsolutePath().normalize();
  }

  /** The graph root. */
  public Path root() {
    return root;
  }

  /** True when the directory holds a graph (its manifest exists). */
  public boolean exists() {
    return Files.exists(root.resolve(MANIFEST_FILE));
  }

  /** The absolute URI-less path Lance uses for a table directory. */
  public String tableUri(String relativePath) {
    return root.resolve(relativePath).toString();
  }

  /**
   * The path Lance opens for a pin: the table directory for its main line, or the Lance
   * branch's tree {@code <table>/tree/<branch>} ({@code storage-recovery.md} §1.10).
   */
  public String tableUri(TableEntry entry) {
    return entry.branch() == null ? tableUri(entry.path()) : tableUri(entry.path()) + "/tree/" + entry.branch();
  }

  /** Reads the schema source. */
  public String readSchemaSource() {
    return readString(SCHEMA_FILE);
  }

  /** Reads the stored catalog JSON text. */
  public String readCatalogJson() {
    return readString(CATALOG_FILE);
  }

  /**
   * Reads the manifest of branch {@code main}.
   *
   * @throws OmniGraphException {@code STORAGE_ERROR} when it is unreadable or of another format
   */
  public GraphManifest readManifest() {
    return readManifest(GraphManifest.MAIN);
  }

  /**
   * Reads the manifest of graph branch {@code branch}.
   *
   * @throws OmniGraphException {@code NOT_FOUND} for an unknown branch; {@code STORAGE_ERROR} when
   *     it is unreadable or of another format
   */
  public GraphManifest readManifest(String branch) {
    Path file = manifestFile(branch);
    GraphManifest manifest;
    try {
      manifest = JSON.readValue(file.toFile(), GraphManifest.class);
    } catch (java.io.FileNotFoundException | java.nio.file.NoSuchFileException e) {
      throw new OmniGraphException(ErrorCode.NOT_FOUND, null, "unknown branch '" + branch + "'");
    } catch (IOException e) {
      throw new OmniGraphException(ErrorCode.STORAGE_ERROR, null, "cannot read " + file + ": " + e.getMessage(), e);
    }
    if (manifest.formatVersion() != GraphManifest.FORMAT_VERSION) {
      throw new OmniGraphException(ErrorCode.STORAGE_ERROR, null, file + " has manifest format " + manifest.formatVersion()
          + "; this version reads format " + GraphManifest.FORMAT_VERSION + " only (rebuild the graph by export and load)");
    }
    return manifest;
  }

  /** True when graph branch {@code branch} exists. */
  public boolean hasBranch(String branch) {
    return Files.exists(manifestFile(branch));
  }

  /** Every graph branch: {@code main} first, then the others sorted by name. */
  public java.util.List<String> branchNames() {
    java.util.List<String> names = new java.util.ArrayList<>(java.util.List.of(GraphManifest.MAIN));
    Path dir = root.resolve(BRANCHES_DIR);
    if (Files.isDirectory(dir)) {
      try (var files = Files.list(dir)) {
        files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".json"))
            .map(n -> n.substring(0, n.length() - ".json".length())).sorted().forEach(names::add);
      } catch (IOException e) {
        throw new OmniGraphException(ErrorCode.STORAGE_ERROR, null, "cannot list " + dir + ": " + e.getMessage(), e);
      }
    }
    return names;
  }

  /**
   * Creates a graph branch with its first manifest, under the publish lock.
   *
   * @throws OmniGraphException {@code ALREADY_EXISTS} when the branch exists
   */
  public void createBranch(GraphManifest manifest) {
    ManifestLock.run(root, () -> {
      if (hasBranch(manifest.branch())) {
        throw new OmniGraphException(ErrorCode.ALREADY_EXISTS, null, "branch '" + manifest.branch() + "' already exists");
      }
      writeAtomically(relativeManifest(manifest.branch()), encode(manifest));
      return null;
    });
  }

  /**
   * Deletes a graph branch's manifest under the publish lock, when it is still {@code expected}
   * (same incarnation and head).
   *
   * @throws OmniGraphException {@code NOT_FOUND} when it is gone; {@code WRITE_CONFLICT} when it moved
   */
  public void deleteBranch(GraphManifest expected) {
    ManifestLock.run(root, () -> {
      GraphManifest current = readManifest(expected.branch());
      if (!java.util.Objects.equals(current.incarnation(), expected.incarnation())
          || !java.util.Objects.equals(current.headCommit(), expected.headCommit())) {
        throw new OmniGraphException(ErrorCode.WRITE_CONFLICT, null, "branch '" + expected.branch() + "' changed while it was being deleted");
      }
      try {
        Files.delete(manifestFile(expected.branch()));
      } catch (IOException e) {
        throw new OmniGraphException(ErrorCode.STORAGE_ERROR, null, "cannot delete branch '" + expected.branch() + "': " + e.getMessage(), e);
      }
      return null;
    });
  }

  private Path manifestFile(String branch) {
    return root.resolve(relativeManifest(branch));
  }

  private static String relativeManifest(String branch) {
    return GraphManifest.MAIN.equals(branch) ? MANIFEST_FILE : BRANCHES_DIR + "/" + branch + ".json";
  }

  /** Writes the schema source and the catalog JSON (init only). */
  public void writeSchema(String schemaSource, String catalogJson) {
    writeAtomically(SCHEMA_FILE, schemaSource);
    writeAtomically(CATALOG_FILE, catalogJson);
  }

  /**
   * Publishes the first manifest of a new graph (init only; later manifests go through
   * {@link #compareAndPublish}).
   */
  public void publishInitial(GraphManifest manifest) {
    writeAtomically(MANIFEST_FILE, encode(manifest));
  }

  /**
   * Replaces branch {@code branch}'s manifest atomically under the publish lock: {@code update}
   * receives the manifest current on disk, checks that what the caller expected still holds
   * (throwing otherwise, and then nothing changes) and returns the next manifest. After this
   * returns, new readers see it.
   *
   * @return the published manifest
   * @throws OmniGraphException {@code NOT_FOUND} when the branch was deleted
   */
  public GraphManifest compareAndPublish(String branch, java.util.function.UnaryOperator<GraphManifest> update) {
    return ManifestLock.run(root, () -> {
      GraphManifest next = update.apply(readManifest(branch));
      Failpoints.hit(Failpoint.POST_COMMIT_RECORD_PRE_MANIFEST);
      writeAtomically(relativeManifest(branch), encode(next));
      return next;
    });
  }

  /**
   * Runs {@code body} holding the graph's exclusive lock (see {@code ManifestLock}): across
   * processes, one effect window or recovery at a time. Reentrant within a thread; publishes
   * inside {@code body} take it again freely.
   */
  public <T> T exclusively(java.util.function.Supplier<T> body) {
    return ManifestLock.run(root, body);
  }

  /** Stores a graph commit record; records are immutable, so an existing one must be identical. */
  public void writeCommit(GraphCommit commit) {
    writeAtomically(COMMITS_DIR + "/" + commit.id() + ".json", encode(commit), false);
  }

  /** The record of commit {@code id}, or empty when no such commit was written. */
  public java.util.Optional<GraphCommit> readCommit(String id) {
    Path file = root.resolve(COMMITS_DIR).resolve(id + ".json");
    if (!Files.exists(file)) {
      return java.util.Optional.empty();
    }
    try {
      return java.util.Optional.of(JSON.readValue(file.toFile(), GraphCommit.class));
    } catch (IOException e) {
      throw new OmniGraphException(ErrorCode.STORAGE_ERROR, null, "cannot read commit " + file + ": " + e.getMessage(), e);
    }
  }

  /**
   * The pending recovery sidecars, by operation id (chronological). A sidecar deleted between the
   * listing and the read is skipped: its writer finished ({@code storage-recovery.md} §4.2).
   *
   * @throws OmniGraphException {@code STORAGE_ERROR} naming the file when one cannot be parsed or is
   *     of a newer format; the file is left in place
   */
  public java.util.List<RecoverySidecar> sidecars() {
    Failpoints.hit(Failpoint.SIDECAR_LIST);
    Path dir = root.resolve(RECOVERY_DIR);
    if (!Files.isDirectory(dir)) {
      return java.util.List.of();
    }
    java.util.List<Path> files;
    try (var listing = Files.list(dir)) {
      files = listing.filter(f -> f.getFileName().toString().endsWith(".json")).sorted().toList();
    } catch (IOException e) {
      throw new OmniGraphException(ErrorCode.STORAGE_ERROR, null, "cannot list " + dir + ": " + e.getMessage(), e);
    }
    java.util.List<RecoverySidecar> out = new java.util.ArrayList<>();
    for (Path file : files) {
      readSidecar(file).ifPresent(out::add);
    }
    return out;
  }

  /** Re-reads one sidecar; empty when it is gone (its writer or another recovery finished it). */
  public java.util.Optional<RecoverySidecar> rereadSidecar(String operationId) {
    return readSidecar(root.resolve(RECOVERY_DIR).resolve(operationId + ".json"));
  }

  private java.util.Optional<RecoverySidecar> readSidecar(Path file) {
    RecoverySidecar sidecar;
    try {
      sidecar = JSON.readValue(Files.readString(file, StandardCharsets.UTF_8), RecoverySidecar.class);
    } catch (java.nio.file.NoSuchFileException e) {
      return java.util.Optional.empty();
    } catch (IOException | RuntimeException e) {
      throw new OmniGraphException(ErrorCode.STORAGE_ERROR, null, "cannot parse recovery sidecar " + file + ": "
          + e.getMessage().lines().findFirst().orElse("") + " (the file is kept; move it away only after checking the tables it names)", e);
    }
    if (sidecar.schemaVersion() > RecoverySidecar.SCHEMA_VERSION || sidecar.schemaVersion() < 1) {
      throw new OmniGraphException(ErrorCode.STORAGE_ERROR, null, "recovery sidecar " + file + " has schema_version "
          + sidecar.schemaVersion() + ", newer than the maximum this binary supports (" + RecoverySidecar.SCHEMA_VERSION + ")");
    }
    if (!file.getFileName().toString().equals(sidecar.operationId() + ".json")) {
      throw new OmniGraphException(ErrorCode.STORAGE_ERROR, null, "recovery sidecar " + file + " names operation "
          + sidecar.operationId() + ", not its file name");
    }
    return java.util.Optional.of(sidecar);
  }

  /** Writes (or rewrites) a sidecar atomically: a reader sees the whole old or the whole new body. */
  public void writeSidecar(RecoverySidecar sidecar) {
    Failpoints.hit(Failpoint.SIDECAR_WRITE);
    writeAtomically(RECOVERY_DIR + "/" + sidecar.operationId() + ".json", encode(sidecar), false);
  }

  /** Deletes a sidecar; deleting one that is gone is not an error. */
  public void deleteSidecar(String operationId) {
    Failpoints.hit(Failpoint.SIDECAR_DELETE);
    try {
      Files.deleteIfExists(root.resolve(RECOVERY_DIR).resolve(operationId + ".json"));
    } catch (IOException e) {
      throw new OmniGraphException(ErrorCode.STORAGE_ERROR, null, "cannot delete recovery sidecar " + operationId + ": " + e.getMessage(), e);
    }
  }

  private static String encode(Object value) {
    try {
      return JSON.writeValueAsString(value);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new OmniGraphException(ErrorCode.INTERNAL_ERROR, null, "cannot encode " + value.getClass().getSimpleName() + ": " + e.getMessage(), e);
    }
  }

  private String readString(String name) {
    try {
      return Files.readString(root.resolve(name), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new OmniGraphException(ErrorCode.STORAGE_ERROR, null, "cannot read " + root.resolve(name) + ": " + e.getMessage(), e);
    }
  }

  private void writeAtomically(String name, String content) {
    writeAtomically(name, content, true);
  }

  /**
   * Writes {@code name} by temporary file and atomic rename, so a reader (or a process killed
   * at any point) sees the whole old or the whole new content. {@code durable} also forces the
   * content to disk before the rename: done for the manifest (a write is acknowledged only once
   * it is durable) and the schema files; sidecars and commit records rely on the rename alone,
   * like Lance's own local writes, which do not force either.
   */
  private void writeAtomically(String name, String content, boolean durable) {
    Path target = root.resolve(name);
    Path temp = target.resolveSibling(target.getFileName() + "." + Thread.currentThread().getId() + ".tmp");
    try {
      Files.createDirectories(target.getParent());
      Files.writeString(temp, content, StandardCharsets.UTF_8);
      if (durable) {
        try (var channel = java.nio.channels.FileChannel.open(temp, java.nio.file.StandardOpenOption.WRITE)) {
          channel.force(true);
        }
      }
      Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new OmniGraphException(ErrorCode.STORAGE_ERROR, null, "cannot write " + target + ": " + e.getMessage(), e);
    }
  }
}
