/**
 * The {@code omnigraph} command line (picocli): {@code init}, {@code load}, {@code query},
 * {@code explain} and {@code queries add|list} over the embedded
 * {@link dev.omnigraph.engine.Graph} API, with result printers for the {@code table},
 * {@code json} and {@code csv} formats.
 *
 * <p>Owns argument parsing, {@code --params} JSON decoding, value rendering and the error
 * contract (one {@code error: ...} line on stderr, exit 1; usage errors exit 2). It must not
 * reach into engine internals: only {@code dev.omnigraph.engine}'s public types, the stored-query
 * descriptors of {@code dev.omnigraph.engine.stored}, the merge results of
 * {@code dev.omnigraph.engine.branch}, the commit records of {@code dev.omnigraph.engine.storage}
 * ({@code GraphCommit}) and {@code dev.omnigraph.compiler.{diag,schema}}.
 */
package dev.omnigraph.cli;
