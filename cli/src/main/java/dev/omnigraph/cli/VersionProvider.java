package dev.omnigraph.cli;

import picocli.CommandLine.IVersionProvider;

/**
 * Answers {@code omnigraph --version} with the version recorded in the CLI jar's manifest
 * ({@code Implementation-Version}), or {@code development build} when run from classes.
 */
final class VersionProvider implements IVersionProvider {

  /** One line: {@code omnigraph 0.1.0-SNAPSHOT}. */
  @Override
  public String[] getVersion() {
    String version = OmniGraphCli.class.getPackage().getImplementationVersion();
    return new String[] {"omnigraph " + (version == null ? "development build" : version)};
  }
}
