package dev.omnigraph.engine.storage;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.omnigraph.compiler.diag.ErrorCode;
import dev.omnigraph.compiler.diag.OmniGraphException;
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
 *   _graph.json         the manifest: the Lance version of each table in the current graph version
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

  /** Reads the schema source. */
  public String readSchemaSource() {
    return readString(SCHEMA_FILE);
  }

  /** Reads the stored catalog JSON text. */
  public String readCatalogJson() {
    return readString(CATALOG_FILE);
  }

  /** Reads the manifest. */
  public GraphManifest readManifest() {
    try {
      return JSON.readValue(root.resolve(MANIFEST_FILE).toFile(), GraphManifest.class);
    } catch (IOException e) {
      throw new OmniGraphException(ErrorCode.STORAGE_ERROR, null, "cannot read " + root.resolve(MANIFEST_FILE) + ": " + e.getMessage(), e);
    }
  }

  /** Writes the schema source and the catalog JSON (init only). */
  public void writeSchema(String schemaSource, String catalogJson) {
    writeAtomically(SCHEMA_FILE, schemaSource);
    writeAtomically(CATALOG_FILE, catalogJson);
  }

  /** Publishes a manifest: after this returns, new readers see its table versions. */
  public void publish(GraphManifest manifest) {
    try {
      writeAtomically(MANIFEST_FILE, JSON.writeValueAsString(manifest));
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new OmniGraphException(ErrorCode.INTERNAL_ERROR, null, "cannot encode the manifest: " + e.getMessage(), e);
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
    Path target = root.resolve(name);
    Path temp = root.resolve(name + ".tmp");
    try {
      Files.createDirectories(root);
      Files.writeString(temp, content, StandardCharsets.UTF_8);
      try (var channel = java.nio.channels.FileChannel.open(temp, java.nio.file.StandardOpenOption.WRITE)) {
        channel.force(true);
      }
      Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new OmniGraphException(ErrorCode.STORAGE_ERROR, null, "cannot write " + target + ": " + e.getMessage(), e);
    }
  }
}
