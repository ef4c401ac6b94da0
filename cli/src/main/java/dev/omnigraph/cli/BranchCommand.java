package dev.omnigraph.cli;

import picocli.CommandLine.Command;

/**
 * {@code omnigraph branch create|list|delete|merge}: branches of the whole graph
 * ({@code storage-recovery.md} §1.10, §5; {@code surface.md} §6.2). A group without behaviour of
 * its own; without a subcommand it is a usage error.
 */
@Command(
    name = "branch",
    description = "Create, list, delete and merge branches of a graph.",
    subcommands = {BranchCreateCommand.class, BranchListCommand.class, BranchDeleteCommand.class, BranchMergeCommand.class})
final class BranchCommand {}
