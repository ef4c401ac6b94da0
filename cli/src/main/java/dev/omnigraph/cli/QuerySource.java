package dev.omnigraph.cli;

import dev.omnigraph.compiler.diag.ErrorCode;
import dev.omnigraph.compiler.diag.OmniGraphException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * Where a command's {@code .gq} text comes from: {@code --file f.gq} or {@code -e '<text>'}.
 * A picocli argument group shared by {@code query}, {@code explain} and {@code mutate}, declared
 * there as exclusive with multiplicity {@code 0..1}, so giving both is a usage error. Giving
 * neither selects the stored-query lane, which {@link #requireStoredName} checks.
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

  /**
   * Checks the stored-query lane: with neither {@code --file} nor {@code -e}, {@code --name} names
   * a query registered with {@code queries add}.
   *
   * @param source the parsed group, null when neither option was given
   * @param queryName the {@code --name} value, or null
   * @return true when the command runs the stored query {@code queryName}, false when it runs text
   * @throws ParameterException a usage error when neither {@code --file}, {@code -e} nor
   *     {@code --name} was given
   */
  static boolean requireStoredName(CommandSpec spec, QuerySource source, String queryName) {
    if (source != null) {
      return false;
    }
    if (queryName == null) {
      throw new ParameterException(spec.commandLine(),
          "Missing required argument: --file=<file.gq>, --query-string=<query text>, or --name=<query> of a stored query");
    }
    return true;
  }

  /** The name errors give the text: the {@code --file} path as given, or {@link #INLINE_SOURCE}. */
  String sourceName() {
    return file == null ? INLINE_SOURCE : file.toString();
  }
}
