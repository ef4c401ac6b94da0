package dev.omnigraph.cli;

import dev.omnigraph.compiler.diag.ErrorCode;
import dev.omnigraph.compiler.diag.OmniGraphException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * Where a command's {@code .gq} text comes from: {@code --file f.gq} or {@code -e '<text>'}.
 * A picocli argument group shared by {@code query} and {@code explain}, declared there as
 * exclusive with multiplicity 1, so giving both or neither is a usage error.
 */
final class QuerySource {

  /** The source name of {@code -e} text in error locations, e.g. {@code <inline>:1:7: ...}. */
  static final String INLINE_SOURCE = "<inline>";

  @Option(
      names = "--file",
      required = true,
      paramLabel = "<file.gq>",
      description = "A .gq file holding the query.")
  private Path file;

  @Option(
      names = {"-e", "--query-string"},
      required = true,
      paramLabel = "<query text>",
      description = "The .gq query text itself.")
  private String inline;

  /**
   * The {@code .gq} text, read as UTF-8 when given by {@code --file}.
   *
   * @throws OmniGraphException {@code NOT_FOUND} when the file does not exist;
   *     {@code STORAGE_ERROR} when it cannot be read
   */
  String read() {
    if (file == null) {
      return inline;
    }
    try {
      return Files.readString(file);
    } catch (NoSuchFileException e) {
      throw new OmniGraphException(ErrorCode.NOT_FOUND, "query file not found: " + file);
    } catch (IOException e) {
      throw new OmniGraphException(
          ErrorCode.STORAGE_ERROR, null, "cannot read query file " + file + ": " + e, e);
    }
  }

  /** The name errors give the text: the {@code --file} path as given, or {@link #INLINE_SOURCE}. */
  String sourceName() {
    return file == null ? INLINE_SOURCE : file.toString();
  }
}
