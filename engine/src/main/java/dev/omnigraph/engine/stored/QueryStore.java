package dev.omnigraph.engine.stored;

import dev.omnigraph.compiler.diag.ErrorCode;
import dev.omnigraph.compiler.diag.OmniGraphException;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The {@code <graph>/_queries/} directory: one registered {@code .gq} file per entry, stored
 * verbatim under its file name. A file is replaced atomically (write {@code <name>.tmp}, fsync,
 * rename), so a reader sees the old or the new text, never a partial one; anything that is not a
 * {@code *.gq} file (such as a leftover {@code .tmp}) is ignored. Stateless apart from its path.
 */
final class QueryStore {
  /** The directory under the graph root that holds the registered files. */
  static final String DIRECTORY = "_queries";

  private static final Pattern FILE_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*\\.gq");

  private final Path directory;

  /** @param graphRoot the graph root; the directory need not exist yet */
  QueryStore(Path graphRoot) {
    this.directory = graphRoot.resolve(DIRECTORY);
  }

  /** A registered file: its name and verbatim text. */
  record StoredFile(String name, Path path, String source) {}

  /**
   * The name a source is stored under: the last segment of {@code sourceName}, with {@code .gq}
   * appended when it does not end so.
   *
   * @throws OmniGraphException {@code INVALID_PARAMETER} when that is not letters, digits,
   *     {@code .}, {@code _} and {@code -} starting with a letter or digit (e.g. {@code <inline>})
   */
  static String fileName(String sourceName) {
    String last = sourceName.substring(Math.max(sourceName.lastIndexOf('/'), sourceName.lastIndexOf('\\')) + 1);
    String name = last.endsWith(".gq") ? last : last + ".gq";
    if (!FILE_NAME.matcher(name).matches()) {
      throw new OmniGraphException(ErrorCode.INVALID_PARAMETER, "cannot store queries from '" + sourceName
          + "': stored query files are named by letters, digits, '.', '_' and '-', e.g. people.gq");
    }
    return name;
  }

  /** The path of a stored file. */
  Path path(String fileName) {
    return directory.resolve(fileName);
  }

  /**
   * The registered files, sorted by name.
   *
   * @throws OmniGraphException {@code STORAGE_ERROR} when the directory or a file cannot be read
   */
  List<StoredFile> list() {
    if (!Files.isDirectory(directory)) {
      return List.of();
    }
    List<Path> paths;
    try (Stream<Path> entries = Files.list(directory)) {
      paths = entries.filter(p -> Files.isRegularFile(p) && FILE_NAME.matcher(p.getFileName().toString()).matches())
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new OmniGraphException(ErrorCode.STORAGE_ERROR, null, "cannot list " + directory + ": " + e.getMessage(), e);
    }
    List<StoredFile> files = new ArrayList<>(paths.size());
    for (Path path : paths) {
      try {
        files.add(new StoredFile(path.getFileName().toString(), path, Files.readString(path, StandardCharsets.UTF_8)));
      } catch (IOException e) {
        throw new OmniGraphException(ErrorCode.STORAGE_ERROR, null, "cannot read " + path + ": " + e.getMessage(), e);
      }
    }
    return files;
  }

  /**
   * Writes {@code source} as the file {@code fileName}, replacing it atomically.
   *
   * @throws OmniGraphException {@code STORAGE_ERROR} when the file cannot be written; the
   *     previous file, if any, is then unchanged
   */
  void write(String fileName, String source) {
    Path target = path(fileName);
    Path temp = directory.resolve(fileName + ".tmp");
    try {
      Files.createDirectories(directory);
      Files.writeString(temp, source, StandardCharsets.UTF_8);
      try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
        channel.force(true);
      }
      Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      try {
        Files.deleteIfExists(temp);
      } catch (IOException ignored) {
        // the .tmp file is ignored by list(); leaving it behind is harmless
      }
      throw new OmniGraphException(ErrorCode.STORAGE_ERROR, null, "cannot write " + target + ": " + e.getMessage(), e);
    }
  }
}
