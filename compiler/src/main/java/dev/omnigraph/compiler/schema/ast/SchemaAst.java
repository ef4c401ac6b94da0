package dev.omnigraph.compiler.schema.ast;

import dev.omnigraph.compiler.diag.SourceLocation;
import dev.omnigraph.compiler.schema.Constraint;
import dev.omnigraph.compiler.schema.PropType;
import java.util.List;
import java.util.Map;

/** The parsed declarations of a {@code .pg} file ({@code pg-schema.md} §1.2), before validation. */
public final class SchemaAst {
  private SchemaAst() {}

  /** The whole file: declarations in source order. */
  public record File(List<Decl> declarations) {
    public File {
      declarations = List.copyOf(declarations);
    }
  }

  /** A top-level declaration. */
  public sealed interface Decl {
    String name();

    SourceLocation at();
  }

  /** {@code interface Name { props }}. */
  public record Interface(String name, List<Prop> properties, SourceLocation at) implements Decl {}

  /** {@code node Name @ann* implements A, B { props and body constraints }}. */
  public record Node(String name, List<Annotation> annotations, List<String> implementsNames, List<Prop> properties,
      List<BodyConstraint> constraints, SourceLocation at) implements Decl {}

  /**
   * {@code edge Name: From -> To @card(min..max)? @ann* { ... }?}.
   *
   * @param cardMax null for an open upper bound
   */
  public record Edge(String name, String from, String to, long cardMin, Long cardMax, List<Annotation> annotations,
      List<Prop> properties, List<BodyConstraint> constraints, SourceLocation at) implements Decl {}

  /** {@code name: Type @ann*}. */
  public record Prop(String name, PropType type, List<Annotation> annotations, SourceLocation at) {}

  /**
   * {@code @name}, {@code @name(value)} or {@code @name(value, k = v, ...)}.
   *
   * @param value the positional argument as a string, or null
   */
  public record Annotation(String name, String value, Map<String, String> kwargs, SourceLocation at) {}

  /** A body constraint ({@code @key(...)}, {@code @unique(...)}, ...) with where it was written. */
  public record BodyConstraint(Constraint constraint, SourceLocation at) {}
}
