package dev.omnigraph.compiler.query;

import dev.omnigraph.compiler.schema.PropType;

/**
 * A declared query parameter {@code $name: Type} ({@code gq-language.md} §4).
 *
 * @param name the name without {@code $}
 * @param type the declared type; nullable when declared with {@code ?}
 */
public record ParamDecl(String name, PropType type) {}
