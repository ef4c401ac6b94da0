package dev.omnigraph.conformance;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.omnigraph.engine.Graph;
import dev.omnigraph.engine.LoadResult;
import dev.omnigraph.engine.QueryResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A cookbook graph for one test class: a fresh graph created from the cookbook's {@code schema.pg}
 * in a temporary directory and loaded with its {@code seed.jsonl}; queries are read from the
 * cookbook's {@code queries/*.gq} files (the whole file, the query selected by name).
 *
 * <p>The datasets directory comes from the system property {@value #DATASETS_PROPERTY} (Maven
 * passes it), else {@code ../../shared/datasets} relative to the conformance-tests module
 * directory. When the cookbook is not there, the calling test class is skipped.
 */
final class CookbookGraph implements AutoCloseable {
  static final String DATASETS_PROPERTY = "omnigraph.datasets";
  private static final String MODULE_DIR_NAME = "conformance-tests";

  private final Path cookbookDir;
  private final Graph graph;
  private final LoadResult loadResult;
  private final Map<String, String> sources = new ConcurrentHashMap<>();

  private CookbookGraph(Path cookbookDir, Graph graph, LoadResult loadResult) {
    this.cookbookDir = cookbookDir;
    this.graph = graph;
    this.loadResult = loadResult;
  }

  /** The shared datasets directory (it may not exist). */
  static Path datasetsDir() {
    String configured = System.getProperty(DATASETS_PROPERTY);
    if (configured != null && !configured.isBlank() && !configured.contains("${")) {
      return Path.of(configured).toAbsolutePath().normalize();
    }
    Path cwd = Path.of("").toAbsolutePath();
    Path moduleDir = Files.isDirectory(cwd.resolve(MODULE_DIR_NAME)) ? cwd.resolve(MODULE_DIR_NAME) : cwd;
    return moduleDir.resolve("../../shared/datasets").normalize();
  }

  /** The directory of one cookbook; skips the calling tests when it is absent. */
  static Path cookbookDir(String cookbook) {
    Path dir = datasetsDir().resolve("cookbooks").resolve(cookbook);
    assumeTrue(Files.isRegularFile(dir.resolve("schema.pg")) && Files.isRegularFile(dir.resolve("seed.jsonl")),
        () -> "cookbook '" + cookbook + "' not found: no schema.pg + seed.jsonl in " + dir
            + " (set -D" + DATASETS_PROPERTY + "=<datasets dir>)");
    return dir;
  }

  /** Creates the cookbook's graph under {@code tempDir} and loads its seed data. */
  static CookbookGraph create(String cookbook, Path tempDir) {
    Path dir = cookbookDir(cookbook);
    Graph graph = Graph.init(tempDir.resolve(cookbook), dir.resolve("schema.pg"));
    try {
      return new CookbookGraph(dir, graph, graph.load(dir.resolve("seed.jsonl")));
    } catch (RuntimeException | Error e) {
      graph.close();
      throw e;
    }
  }

  Graph graph() {
    return graph;
  }

  /** What loading {@code seed.jsonl} reported. */
  LoadResult loadResult() {
    return loadResult;
  }

  /** Runs query {@code queryName} of {@code queries/<file>} with {@code params}. */
  QueryResult query(String file, String queryName, Map<String, ?> params) {
    String source = sources.computeIfAbsent(file, this::readQueryFile);
    return graph.query(source, file, queryName, params);
  }

  private String readQueryFile(String file) {
    try {
      return Files.readString(cookbookDir.resolve("queries").resolve(file));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    graph.close();
  }
}
