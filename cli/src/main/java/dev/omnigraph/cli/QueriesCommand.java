package dev.omnigraph.cli;

import picocli.CommandLine.Command;

/**
 * {@code omnigraph queries add|list}: the stored queries of a graph ({@code gq-language.md} §11).
 * A group without behaviour of its own; without a subcommand it is a usage error.
 */
@Command(
    name = "queries",
    description = "Register and list the stored queries of a graph.",
    subcommands = {QueriesAddCommand.class, QueriesListCommand.class})
final class QueriesCommand {}
