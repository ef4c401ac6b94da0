package dev.omnigraph.engine.stored;

import dev.omnigraph.compiler.query.ParamDecl;
import dev.omnigraph.compiler.schema.PropType;
import dev.omnigraph.compiler.schema.ScalarType;

/**
 * One declared parameter of a stored query as the catalog describes it ({@code surface.md} §5):
 * {@code {name, kind, item_kind?, vector_dim?, nullable}} plus the declared type.
 *
 * @param name the name without {@code $}
 * @param kind the catalog kind of the declared type
 * @param itemKind the kind of a list's elements, or null when {@code kind} is not {@link ParamKind#LIST}
 * @param vectorDim the dimension of a {@code Vector(n)} (or of a list of vectors), 0 otherwise
 * @param nullable whether the type is declared with {@code ?} (the parameter may be omitted)
 * @param type the declared type, e.g. {@code I32?}
 */
public record StoredParam(String name, ParamKind kind, ParamKind itemKind, int vectorDim, boolean nullable, PropType type) {

  /** The descriptor of a parsed declaration {@code $name: Type}. */
  public static StoredParam of(ParamDecl decl) {
    PropType type = decl.type();
    ParamKind kind = ParamKind.of(type);
    ParamKind itemKind = type.list() ? ParamKind.of(type.elementType()) : null;
    int dim = type.scalar() == ScalarType.VECTOR ? type.vectorDim() : 0;
    return new StoredParam(decl.name(), kind, itemKind, dim, type.nullable(), type);
  }

  /** The declaration as written in {@code .gq}, e.g. {@code $name: String}, {@code $age: I32?}. */
  public String declaration() {
    return "$" + name + ": " + type;
  }
}
