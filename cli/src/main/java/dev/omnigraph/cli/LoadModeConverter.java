package dev.omnigraph.cli;

import dev.omnigraph.engine.LoadMode;

/** Converts {@code --mode} values of {@code omnigraph load}: {@code append}, {@code merge}, {@code overwrite}. */
final class LoadModeConverter extends LowerCaseEnumConverter<LoadMode> {
  LoadModeConverter() {
    super(LoadMode.class);
  }
}
