package dev.omnigraph.compiler.schema;

import dev.omnigraph.compiler.diag.ErrorCode;
import dev.omnigraph.compiler.diag.OmniGraphException;
import dev.omnigraph.compiler.diag.SourceLocation;
import dev.omnigraph.compiler.schema.ast.SchemaAst;
import dev.omnigraph.compiler.value.StringLiterals;
import dev.omnigraph.grammar.PgSchemaParser;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;

/**
 * Builds {@link SchemaAst} from a {@code PgSchema} parse tree, with the per-declaration checks of
 * {@code pg-schema.md} §1.9 step 2: string escapes, enum values (sorted, duplicates rejected),
 * vector dimensions, and the argument shapes of body constraints. Errors are
 * {@code SCHEMA_ERROR}s at the offending token.
 */
final class SchemaAstBuilder {
  private final String source;

  SchemaAstBuilder(String source) {
    this.source = source;
  }

  SchemaAst.File file(PgSchemaParser.SchemaFileContext ctx) {
    List<SchemaAst.Decl> decls = new ArrayList<>();
    for (PgSchemaParser.DeclContext decl : ctx.decl()) {
      if (decl.interfaceDecl() != null) {
        decls.add(interfaceDecl(decl.interfaceDecl()));
      } else if (decl.nodeDecl() != null) {
        decls.add(nodeDecl(decl.nodeDecl()));
      } else {
        decls.add(edgeDecl(decl.edgeDecl()));
      }
    }
    return new SchemaAst.File(decls);
  }

  private SchemaAst.Interface interfaceDecl(PgSchemaParser.InterfaceDeclContext ctx) {
    List<SchemaAst.Prop> props = new ArrayList<>();
    ctx.propDecl().forEach(p -> props.add(prop(p)));
    return new SchemaAst.Interface(ctx.name.getText(), props, at(ctx));
  }

  private SchemaAst.Node nodeDecl(PgSchemaParser.NodeDeclContext ctx) {
    List<String> implementsNames = new ArrayList<>();
    if (ctx.implementsClause() != null) {
      ctx.implementsClause().typeName().forEach(t -> implementsNames.add(t.getText()));
    }
    List<SchemaAst.Prop> props = new ArrayList<>();
    List<SchemaAst.BodyConstraint> constraints = new ArrayList<>();
    members(ctx.memberDecl(), props, constraints);
    return new SchemaAst.Node(ctx.name.getText(), annotations(ctx.annotation()), implementsNames, props, constraints, at(ctx));
  }

  private SchemaAst.Edge edgeDecl(PgSchemaParser.EdgeDeclContext ctx) {
    long min = 0;
    Long max = null;
    if (ctx.cardinality() != null) {
      min = number(ctx.cardinality().min);
      max = ctx.cardinality().max == null ? null : number(ctx.cardinality().max);
    }
    List<SchemaAst.Prop> props = new ArrayList<>();
    List<SchemaAst.BodyConstraint> constraints = new ArrayList<>();
    if (ctx.edgeBody() != null) {
      members(ctx.edgeBody().memberDecl(), props, constraints);
    }
    return new SchemaAst.Edge(ctx.name.getText(), ctx.from.getText(), ctx.to.getText(), min, max,
        annotations(ctx.annotation()), props, constraints, at(ctx));
  }

  private void members(List<PgSchemaParser.MemberDeclContext> members, List<SchemaAst.Prop> props,
      List<SchemaAst.BodyConstraint> constraints) {
    for (PgSchemaParser.MemberDeclContext member : members) {
      if (member.propDecl() != null) {
        props.add(prop(member.propDecl()));
      } else {
        constraints.add(bodyConstraint(member.bodyConstraint()));
      }
    }
  }

  private SchemaAst.Prop prop(PgSchemaParser.PropDeclContext ctx) {
    return new SchemaAst.Prop(ctx.name.getText(), type(ctx.typeRef()), annotations(ctx.annotation()), at(ctx));
  }

  private PropType type(PgSchemaParser.TypeRefContext ctx) {
    boolean nullable = ctx.nullable != null;
    PgSchemaParser.CoreTypeContext core = ctx.coreType();
    if (core.listType() != null) {
      return new PropType(ScalarType.fromSpelling(core.listType().baseType().getText()), true, nullable, null, 0);
    }
    if (core.enumType() != null) {
      TreeSet<String> values = new TreeSet<>();
      for (PgSchemaParser.EnumValueContext value : core.enumType().enumValue()) {
        if (!values.add(value.getText())) {
          throw error(value, "enum type cannot include duplicate values ('" + value.getText() + "')");
        }
      }
      return new PropType(ScalarType.STRING, false, nullable, new ArrayList<>(values), 0);
    }
    if (core.vectorType() != null) {
      String text = core.vectorType().dim.getText();
      long dim;
      try {
        dim = Long.parseLong(text);
      } catch (NumberFormatException e) {
        dim = Long.MAX_VALUE;
      }
      if (dim == 0) {
        throw error(core, "Vector dimension must be greater than zero");
      }
      if (dim > Integer.MAX_VALUE) {
        throw error(core, "Vector dimension " + text + " exceeds maximum supported 2147483647");
      }
      return new PropType(ScalarType.VECTOR, false, nullable, null, (int) dim);
    }
    return new PropType(ScalarType.fromSpelling(core.baseType().getText()), false, nullable, null, 0);
  }

  private SchemaAst.BodyConstraint bodyConstraint(PgSchemaParser.BodyConstraintContext ctx) {
    String kind = ctx.name.getText().substring(1);
    List<PgSchemaParser.ConstraintArgContext> args = ctx.constraintArg();
    Constraint constraint = switch (kind) {
      case "key", "unique", "index" -> {
        List<String> names = new ArrayList<>();
        for (PgSchemaParser.ConstraintArgContext arg : args) {
          if (!(arg instanceof PgSchemaParser.IdentConstraintArgContext)) {
            throw error(arg, "expected property name in constraint @" + kind);
          }
          names.add(arg.getText());
        }
        yield kind.equals("key") ? new Constraint.Key(names) : kind.equals("unique") ? new Constraint.Unique(names) : new Constraint.Index(names);
      }
      case "range" -> {
        if (args.size() != 2 || !(args.get(0) instanceof PgSchemaParser.IdentConstraintArgContext)) {
          throw error(ctx, "@range requires property name and bounds: @range(prop, min..max)");
        }
        if (!(args.get(1) instanceof PgSchemaParser.RangeConstraintArgContext range)) {
          throw error(args.get(1), "expected range bounds (min..max) in @range constraint");
        }
        PgSchemaParser.RangeBoundContext bound = range.rangeBound();
        Double lo = bound.lo == null ? null : Double.parseDouble(bound.lo.getText());
        Double hi = bound.hi == null ? null : Double.parseDouble(bound.hi.getText());
        yield lo == null ? new Constraint.Range(args.get(0).getText(), hi, null) : new Constraint.Range(args.get(0).getText(), lo, hi);
      }
      default -> {
        if (args.size() != 2 || !(args.get(0) instanceof PgSchemaParser.IdentConstraintArgContext)
            || !(args.get(1) instanceof PgSchemaParser.LiteralConstraintArgContext literal)
            || !(literal.literal() instanceof PgSchemaParser.StringLiteralContext)) {
          throw error(ctx, "@check requires property name and pattern: @check(prop, \"regex\")");
        }
        yield new Constraint.Check(args.get(0).getText(), string(literal.literal().getStart(), literal));
      }
    };
    return new SchemaAst.BodyConstraint(constraint, at(ctx));
  }

  private List<SchemaAst.Annotation> annotations(List<PgSchemaParser.AnnotationContext> list) {
    List<SchemaAst.Annotation> out = new ArrayList<>();
    for (PgSchemaParser.AnnotationContext ctx : list) {
      String name = ctx.name.getText().substring(1);
      String value = null;
      Map<String, String> kwargs = new LinkedHashMap<>();
      if (ctx.annotationArgs() != null) {
        PgSchemaParser.AnnotationArgContext arg = ctx.annotationArgs().annotationArg();
        value = arg.literal() instanceof PgSchemaParser.StringLiteralContext ? string(arg.getStart(), arg) : arg.getText();
        for (PgSchemaParser.KwargContext kwarg : ctx.annotationArgs().kwarg()) {
          String v = kwarg.literal() instanceof PgSchemaParser.StringLiteralContext
              ? string(kwarg.literal().getStart(), kwarg) : kwarg.literal().getText();
          kwargs.put(kwarg.key.getText(), v);
        }
      }
      out.add(new SchemaAst.Annotation(name, value, kwargs, at(ctx)));
    }
    return out;
  }

  private String string(Token token, ParserRuleContext ctx) {
    try {
      return StringLiterals.decode(token.getText());
    } catch (IllegalArgumentException e) {
      throw error(ctx, e.getMessage());
    }
  }

  private long number(Token token) {
    try {
      return Long.parseLong(token.getText());
    } catch (NumberFormatException e) {
      throw new OmniGraphException(ErrorCode.SCHEMA_ERROR, new SourceLocation(source, token.getLine(), token.getCharPositionInLine() + 1),
          "number " + token.getText() + " is out of range");
    }
  }

  private SourceLocation at(ParserRuleContext ctx) {
    return new SourceLocation(source, ctx.getStart().getLine(), ctx.getStart().getCharPositionInLine() + 1);
  }

  private OmniGraphException error(ParserRuleContext ctx, String message) {
    return new OmniGraphException(ErrorCode.SCHEMA_ERROR, at(ctx), message);
  }
}
