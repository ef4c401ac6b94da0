/**
 * The two OmniGraph languages as ANTLR 4 grammars, and nothing else.
 *
 * <p>This module owns {@code PgSchema.g4} (the {@code .pg} schema language, {@code pg-schema.md}
 * §1) and {@code GqQuery.g4} (the {@code .gq} query and mutation language, {@code gq-language.md}
 * §2–3), both under {@code src/main/antlr4/dev/omnigraph/grammar/}. The lexers, parsers and
 * visitors in this package ({@code PgSchemaLexer}, {@code PgSchemaParser},
 * {@code PgSchemaVisitor}/{@code PgSchemaBaseVisitor}, and the {@code GqQuery*} equivalents) are
 * generated at build time by the antlr4-maven-plugin; no parse-tree listeners are generated.
 * There is no hand-written code here: the grammars are syntax only, and turning parse trees into
 * ASTs, decoding string escapes, installing error listeners and every semantic check belong to the
 * compiler module.
 *
 * <p>Dependency rule: only the compiler ({@code dev.omnigraph.compiler}, which builds ASTs from
 * these parse trees) may import this package. Nothing below the compiler — the engine, the storage
 * layer, the drivers, servers and tools built on them — may import it; they work with the
 * compiler's ASTs and catalogs, never with ANTLR parse trees or the ANTLR runtime.
 */
package dev.omnigraph.grammar;
