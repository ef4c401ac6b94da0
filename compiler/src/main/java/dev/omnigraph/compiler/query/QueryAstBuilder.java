package dev.omnigraph.compiler.query;

import dev.omnigraph.compiler.diag.ErrorCode;
import dev.omnigraph.compiler.diag.OmniGraphException;
import dev.omnigraph.compiler.diag.SourceLocation;
import dev.omnigraph.compiler.query.ast.Clause;
import dev.omnigraph.compiler.query.ast.Expr;
import dev.omnigraph.compiler.query.ast.Mutation;
import dev.omnigraph.compiler.query.ast.Query;
import dev.omnigraph.compiler.query.ast.QueryFile;
import dev.omnigraph.compiler.schema.PropType;
import dev.omnigraph.compiler.schema.ScalarType;
import dev.omnigraph.compiler.value.StringLiterals;
import dev.omnigraph.compiler.value.Temporal;
import dev.omnigraph.grammar.GqQueryParser;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;

/**
 * Builds the {@code .gq} AST from a {@code GqQuery} parse tree, applying the parse-level rules of
 * {@code gq-language.md} §3.1: omitted bounds are {@code {1,1}}, a bare search call is the filter
 * {@code call = true}, at most one {@code @description} and one {@code @instruction}, escapes
 * decoded, integers that overflow 64 bits rejected. Errors are {@code SYNTAX_ERROR}s at the token.
 */
final class QueryAstBuilder {
  private final String source;

  QueryAstBuilder(String source) {
    this.source = source;
  }

  QueryFile file(GqQueryParser.QueryFileContext ctx) {
    List<Query> queries = new ArrayList<>();
    for (GqQueryParser.QueryDeclContext decl : ctx.queryDecl()) {
      queries.add(query(decl));
    }
    return new QueryFile(source, queries);
  }

  private Query query(GqQueryParser.QueryDeclContext ctx) {
    String name = ctx.name.getText();
    List<ParamDecl> params = new ArrayList<>();
    if (ctx.paramList() != null) {
      for (GqQueryParser.ParamContext param : ctx.paramList().param()) {
        params.add(new ParamDecl(param.VAR().getText().substring(1), type(param.typeRef())));
      }
    }
    Map<String, String> annotations = new LinkedHashMap<>();
    for (GqQueryParser.QueryAnnotationContext annotation : ctx.queryAnnotation()) {
      String kind = annotation instanceof GqQueryParser.DescriptionAnnotationContext ? "description" : "instruction";
      Token text = stringToken(annotation);
      if (annotations.put(kind, string(text, annotation)) != null) {
        throw error(annotation, "query `" + name + "` cannot include duplicate @" + kind + " annotations");
      }
    }
    if (ctx.queryBody() instanceof GqQueryParser.MutationQueryBodyContext body) {
      List<Mutation> mutations = new ArrayList<>();
      body.mutationStmt().forEach(m -> mutations.add(mutation(m)));
      return new Query(name, params, annotations, List.of(), List.of(), List.of(), null, mutations, at(ctx));
    }
    GqQueryParser.ReadBodyContext read = ((GqQueryParser.ReadQueryBodyContext) ctx.queryBody()).readBody();
    List<Clause> match = clauses(read.matchClause().clause());
    List<Query.Projection> returns = new ArrayList<>();
    for (GqQueryParser.ProjectionContext projection : read.returnClause().projection()) {
      returns.add(new Query.Projection(expr(projection.expr()), projection.alias == null ? null : projection.alias.getText(), at(projection)));
    }
    List<Query.Ordering> order = new ArrayList<>();
    if (read.orderClause() != null) {
      for (GqQueryParser.OrderingContext ordering : read.orderClause().ordering()) {
        if (ordering instanceof GqQueryParser.NearestOrderingContext nearest) {
          order.add(new Query.Ordering(nearest(nearest.nearestCall()), false, at(ordering)));
        } else {
          GqQueryParser.ExprOrderingContext e = (GqQueryParser.ExprOrderingContext) ordering;
          order.add(new Query.Ordering(expr(e.key), e.dir != null && e.dir.getText().equals("desc"), at(ordering)));
        }
      }
    }
    Long limit = read.limitClause() == null ? null : integer(read.limitClause().INT().getSymbol(), read.limitClause());
    return new Query(name, params, annotations, match, returns, order, limit, List.of(), at(ctx));
  }

  private static Token stringToken(GqQueryParser.QueryAnnotationContext ctx) {
    return ctx instanceof GqQueryParser.DescriptionAnnotationContext d ? d.STRING().getSymbol()
        : ((GqQueryParser.InstructionAnnotationContext) ctx).STRING().getSymbol();
  }

  private PropType type(GqQueryParser.TypeRefContext ctx) {
    boolean nullable = ctx.nullable != null;
    if (ctx.listType() != null) {
      return new PropType(ScalarType.fromSpelling(ctx.listType().baseType().getText()), true, nullable, null, 0);
    }
    if (ctx.vectorType() != null) {
      long dim = integer(ctx.vectorType().dim, ctx);
      if (dim < 1 || dim > Integer.MAX_VALUE) {
        throw error(ctx, "unknown parameter type `Vector(" + dim + ")`");
      }
      return new PropType(ScalarType.VECTOR, false, nullable, null, (int) dim);
    }
    return new PropType(ScalarType.fromSpelling(ctx.baseType().getText()), false, nullable, null, 0);
  }

  private List<Clause> clauses(List<GqQueryParser.ClauseContext> list) {
    List<Clause> out = new ArrayList<>();
    for (GqQueryParser.ClauseContext ctx : list) {
      out.add(clause(ctx));
    }
    return out;
  }

  private Clause clause(GqQueryParser.ClauseContext ctx) {
    if (ctx instanceof GqQueryParser.NegationContext negation) {
      return new Clause.Negation(clauses(negation.clause()), at(ctx));
    }
    if (ctx instanceof GqQueryParser.BindingContext binding) {
      List<Clause.PropMatch> matches = new ArrayList<>();
      for (GqQueryParser.PropMatchContext match : binding.propMatch()) {
        matches.add(new Clause.PropMatch(match.name.getText(), value(match.value()), at(match)));
      }
      return new Clause.Binding(binding.VAR().getText().substring(1), binding.typeName().getText(), matches, at(ctx));
    }
    if (ctx instanceof GqQueryParser.TraversalContext t) {
      long min = 1;
      Long max = 1L;
      if (t.bounds() != null) {
        min = integer(t.bounds().min, t.bounds());
        max = t.bounds().max == null ? null : integer(t.bounds().max, t.bounds());
      }
      return new Clause.Traversal(t.src.getText().substring(1), t.edgeVar == null ? null : t.edgeVar.getText().substring(1),
          t.edgeWord().getText(), t.undirected != null, min, max, t.dst.getText().substring(1), at(ctx));
    }
    if (ctx instanceof GqQueryParser.FilterContext filter) {
      return new Clause.Filter(expr(filter.left), filter.filterOp().getText(), expr(filter.right), at(ctx));
    }
    GqQueryParser.TextSearchCallContext search = ((GqQueryParser.SearchClauseContext) ctx).textSearchCall();
    return new Clause.SearchClause((Expr.Call) callOf(search.getChild(0)), at(ctx));
  }

  private Expr value(GqQueryParser.ValueContext ctx) {
    if (ctx instanceof GqQueryParser.LiteralValueContext literal) {
      return literal(literal.literal());
    }
    if (ctx instanceof GqQueryParser.VarValueContext var) {
      return new Expr.Variable(var.VAR().getText().substring(1), at(ctx));
    }
    return new Expr.Now(at(ctx));
  }

  private Expr expr(GqQueryParser.ExprContext ctx) {
    if (ctx instanceof GqQueryParser.NowExprContext) {
      return new Expr.Now(at(ctx));
    }
    if (ctx instanceof GqQueryParser.PropAccessExprContext p) {
      return propAccess(p.propAccess());
    }
    if (ctx instanceof GqQueryParser.VarExprContext v) {
      return new Expr.Variable(v.VAR().getText().substring(1), at(ctx));
    }
    if (ctx instanceof GqQueryParser.LiteralExprContext l) {
      return literal(l.literal());
    }
    if (ctx instanceof GqQueryParser.AliasRefExprContext a) {
      return new Expr.AliasRef(a.ident().getText(), at(ctx));
    }
    if (ctx instanceof GqQueryParser.AggExprContext a) {
      return new Expr.Aggregate(a.aggCall().fn.getText(), expr(a.aggCall().expr()), at(ctx));
    }
    return callOf(ctx.getChild(0));
  }

  private Expr.PropAccess propAccess(GqQueryParser.PropAccessContext ctx) {
    return new Expr.PropAccess(ctx.VAR().getText().substring(1), ctx.prop.getText(), at(ctx));
  }

  /** A search or ranking call node ({@code search}, {@code fuzzy}, {@code match_text}, {@code bm25}, {@code nearest}, {@code rrf}). */
  private Expr callOf(org.antlr.v4.runtime.tree.ParseTree node) {
    ParserRuleContext ctx = (ParserRuleContext) node;
    List<Expr> args = new ArrayList<>();
    String function = ctx.getStart().getText();
    if (ctx instanceof GqQueryParser.NearestCallContext nearest) {
      return nearest(nearest);
    }
    if (ctx instanceof GqQueryParser.RrfCallContext rrf) {
      args.add(callOf(rrf.primary.getChild(0)));
      args.add(callOf(rrf.secondary.getChild(0)));
      if (rrf.k != null) {
        args.add(expr(rrf.k));
      }
      return new Expr.Call(function, args, at(ctx));
    }
    for (int i = 0; i < ctx.getChildCount(); i++) {
      if (ctx.getChild(i) instanceof GqQueryParser.ExprContext e) {
        args.add(expr(e));
      }
    }
    return new Expr.Call(function, args, at(ctx));
  }

  private Expr.Call nearest(GqQueryParser.NearestCallContext ctx) {
    return new Expr.Call("nearest", List.of(propAccess(ctx.propAccess()), expr(ctx.query)), at(ctx));
  }

  private Expr literal(GqQueryParser.LiteralContext ctx) {
    return new Expr.Literal(literalValue(ctx), ctx.getText(), at(ctx));
  }

  private Object literalValue(GqQueryParser.LiteralContext ctx) {
    if (ctx instanceof GqQueryParser.ListLiteralContext list) {
      List<Object> items = new ArrayList<>();
      list.literal().forEach(item -> items.add(literalValue(item)));
      return items;
    }
    if (ctx instanceof GqQueryParser.DateLiteralContext date) {
      String text = string(date.STRING().getSymbol(), ctx);
      var value = Temporal.parseDate(text);
      if (value == null) {
        throw error(ctx, "invalid Date literal '" + text + "' (expected YYYY-MM-DD)");
      }
      return value;
    }
    if (ctx instanceof GqQueryParser.DateTimeLiteralContext dateTime) {
      String text = string(dateTime.STRING().getSymbol(), ctx);
      var value = Temporal.parseDateTime(text);
      if (value == null) {
        throw error(ctx, "invalid DateTime literal '" + text + "' (expected an ISO-8601 timestamp)");
      }
      return value;
    }
    if (ctx instanceof GqQueryParser.StringLiteralContext s) {
      return string(s.STRING().getSymbol(), ctx);
    }
    if (ctx instanceof GqQueryParser.FloatLiteralContext) {
      return Double.parseDouble(ctx.getText());
    }
    if (ctx instanceof GqQueryParser.IntLiteralContext i) {
      return integer(i.INT().getSymbol(), ctx);
    }
    return Boolean.parseBoolean(ctx.getText());
  }

  private Mutation mutation(GqQueryParser.MutationStmtContext ctx) {
    if (ctx instanceof GqQueryParser.InsertStmtContext insert) {
      return new Mutation.Insert(insert.typeName().getText(), assignments(insert.assignment()), at(ctx));
    }
    if (ctx instanceof GqQueryParser.UpdateStmtContext update) {
      return new Mutation.Update(update.typeName().getText(), assignments(update.assignment()), predicate(update.mutationPredicate()), at(ctx));
    }
    GqQueryParser.DeleteStmtContext delete = (GqQueryParser.DeleteStmtContext) ctx;
    return new Mutation.Delete(delete.typeName().getText(), predicate(delete.mutationPredicate()), at(ctx));
  }

  private List<Mutation.Assignment> assignments(List<GqQueryParser.AssignmentContext> list) {
    List<Mutation.Assignment> out = new ArrayList<>();
    list.forEach(a -> out.add(new Mutation.Assignment(a.name.getText(), value(a.value()), at(a))));
    return out;
  }

  private Mutation.Predicate predicate(GqQueryParser.MutationPredicateContext ctx) {
    return new Mutation.Predicate(ctx.name.getText(), ctx.compOp().getText(), value(ctx.value()), at(ctx));
  }

  private String string(Token token, ParserRuleContext ctx) {
    try {
      return StringLiterals.decode(token.getText());
    } catch (IllegalArgumentException e) {
      throw error(ctx, e.getMessage());
    }
  }

  private long integer(Token token, ParserRuleContext ctx) {
    try {
      return Long.parseLong(token.getText());
    } catch (NumberFormatException e) {
      throw error(ctx, "integer " + token.getText() + " does not fit in 64 bits");
    }
  }

  private SourceLocation at(ParserRuleContext ctx) {
    return new SourceLocation(source, ctx.getStart().getLine(), ctx.getStart().getCharPositionInLine() + 1);
  }

  private OmniGraphException error(ParserRuleContext ctx, String message) {
    return new OmniGraphException(ErrorCode.SYNTAX_ERROR, at(ctx), message);
  }
}
