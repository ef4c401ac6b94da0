package dev.omnigraph.grammar;

import static org.assertj.core.api.Assertions.assertThat;

import dev.omnigraph.grammar.GqQueryParser.ClauseContext;
import dev.omnigraph.grammar.GqQueryParser.ReadBodyContext;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Pins the parse-level resolution rules (gq-language.md §3.1) and the tree shapes the compiler walks. */
class GrammarShapeTest {

  private static ReadBodyContext read(String match, String rest) {
    String source = "query q($q: String) { match { " + match + " } " + rest + " }";
    GqQueryParser.QueryBodyContext body = Parsing.gq(source).orFail().queryDecl(0).queryBody();
    return ((GqQueryParser.ReadQueryBodyContext) body).readBody();
  }

  private static List<ClauseContext> clauses(String match) {
    return read(match, "return { 1 }").matchClause().clause();
  }

  @Test
  void bareVariableWordVariableIsATraversal() {
    List<ClauseContext> cs = clauses("$p: P  $q contains $m  $x starts_with $y  $m.label contains $q  $a < $b");
    assertThat(cs.get(0)).isInstanceOf(GqQueryParser.BindingContext.class);
    assertThat(cs.get(1)).isInstanceOfSatisfying(GqQueryParser.TraversalContext.class,
        t -> assertThat(t.edgeWord().getText()).isEqualTo("contains"));
    assertThat(cs.get(2)).isInstanceOfSatisfying(GqQueryParser.TraversalContext.class,
        t -> assertThat(t.edgeWord().getText()).isEqualTo("starts_with"));
    assertThat(cs.get(3)).isInstanceOfSatisfying(GqQueryParser.FilterContext.class,
        f -> assertThat(f.filterOp().getText()).isEqualTo("contains"));
    assertThat(cs.get(4)).isInstanceOfSatisfying(GqQueryParser.FilterContext.class,
        f -> assertThat(f.right).isInstanceOf(GqQueryParser.VarExprContext.class));
  }

  @Test
  void bareVariableWordVariableFollowedByMoreIsASyntaxError() {
    List<String> errors = Parsing.gq("query q() { match { $p: P  $p contains $m.label } return { 1 } }").errors();
    assertThat(errors).first().asString().startsWith("1:30").contains("traversal");
  }

  @Test
  void traversalParts() {
    List<ClauseContext> cs = clauses("$a $e:knows{1,3} $b  $a <knows>{2,} $c  $a worksAt $d");
    GqQueryParser.TraversalContext bound = (GqQueryParser.TraversalContext) cs.get(0);
    assertThat(bound.src.getText()).isEqualTo("$a");
    assertThat(bound.edgeVar.getText()).isEqualTo("$e");
    assertThat(bound.undirected).isNull();
    assertThat(bound.bounds().min.getText()).isEqualTo("1");
    assertThat(bound.bounds().max.getText()).isEqualTo("3");
    assertThat(bound.dst.getText()).isEqualTo("$b");
    GqQueryParser.TraversalContext undirected = (GqQueryParser.TraversalContext) cs.get(1);
    assertThat(undirected.undirected).isNotNull();
    assertThat(undirected.edgeVar).isNull();
    assertThat(undirected.bounds().max).isNull();
    assertThat(((GqQueryParser.TraversalContext) cs.get(2)).bounds()).isNull();
  }

  @Test
  void searchClauseVersusSearchFilter() {
    List<ClauseContext> cs = clauses("$d: D  search($d.t, $q)  fuzzy($d.t, $q, 1) = true  not { $d.t = \"x\" }");
    assertThat(cs.get(1)).isInstanceOf(GqQueryParser.SearchClauseContext.class);
    assertThat(cs.get(2)).isInstanceOf(GqQueryParser.FilterContext.class);
    assertThat(cs.get(3)).isInstanceOfSatisfying(GqQueryParser.NegationContext.class,
        n -> assertThat(n.clause()).hasSize(1));
  }

  @Test
  void literalsWinOverAliasReferences() {
    GqQueryParser.FilterContext f = (GqQueryParser.FilterContext) clauses("$m: M  $m.active = true").get(1);
    assertThat(f.right).isInstanceOf(GqQueryParser.LiteralExprContext.class);
  }

  @Test
  void projectionsAliasesAndOrderings() {
    ReadBodyContext body = read("$d: D", "return { $d.slug as slug $d.n, count($d) as count x }"
        + " order { nearest($d.e, $q), bm25($d.t, $q) desc, count asc, $d.n } limit 5");
    List<GqQueryParser.ProjectionContext> ps = body.returnClause().projection();
    assertThat(ps).hasSize(4);
    assertThat(ps.get(0).alias.getText()).isEqualTo("slug");
    assertThat(ps.get(1).alias).isNull();
    assertThat(ps.get(2).expr()).isInstanceOf(GqQueryParser.AggExprContext.class);
    assertThat(ps.get(2).alias.getText()).isEqualTo("count");
    assertThat(ps.get(3).expr()).isInstanceOf(GqQueryParser.AliasRefExprContext.class);
    List<GqQueryParser.OrderingContext> os = body.orderClause().ordering();
    assertThat(os.get(0)).isInstanceOf(GqQueryParser.NearestOrderingContext.class);
    assertThat(os.get(1)).isInstanceOfSatisfying(GqQueryParser.ExprOrderingContext.class,
        o -> assertThat(o.dir.getText()).isEqualTo("desc"));
    assertThat(os.get(2)).isInstanceOfSatisfying(GqQueryParser.ExprOrderingContext.class,
        o -> assertThat(o.key).isInstanceOf(GqQueryParser.AliasRefExprContext.class));
    assertThat(((GqQueryParser.ExprOrderingContext) os.get(3)).dir).isNull();
    assertThat(body.limitClause().INT().getText()).isEqualTo("5");
  }

  @Test
  void mutationStatements() {
    GqQueryParser.QueryBodyContext body = Parsing.gq("query m($n: String) { insert P { name: $n at: now() }"
        + " update P set { age: 1 } where name = $n }").orFail().queryDecl(0).queryBody();
    List<GqQueryParser.MutationStmtContext> stmts = ((GqQueryParser.MutationQueryBodyContext) body).mutationStmt();
    GqQueryParser.InsertStmtContext insert = (GqQueryParser.InsertStmtContext) stmts.get(0);
    assertThat(insert.assignment()).hasSize(2);
    assertThat(insert.assignment(1).value()).isInstanceOf(GqQueryParser.NowValueContext.class);
    GqQueryParser.UpdateStmtContext update = (GqQueryParser.UpdateStmtContext) stmts.get(1);
    assertThat(update.mutationPredicate().compOp().getText()).isEqualTo("=");
  }

  @Test
  void schemaShapes() {
    PgSchemaParser.SchemaFileContext file = Parsing.pg("""
        node N { kind: enum(a, data-eng, 2fa) @index  x: F64 @key  @key(x) @range(x, -40.0..60.0) @range(x, ..10) }
        edge E:N->N @card(1..) @foo(bar, k=1)
        """).orFail();
    List<PgSchemaParser.MemberDeclContext> ms = file.decl(0).nodeDecl().memberDecl();
    PgSchemaParser.PropDeclContext kind = ms.get(0).propDecl();
    assertThat(kind.typeRef().coreType().enumType().enumValue()).extracting(v -> v.getText())
        .containsExactly("a", "data-eng", "2fa");
    assertThat(kind.annotation(0).name.getText()).isEqualTo("@index");
    assertThat(ms.get(2).bodyConstraint().name.getText()).isEqualTo("@key");
    PgSchemaParser.RangeBoundContext closed = ((PgSchemaParser.RangeConstraintArgContext)
        ms.get(3).bodyConstraint().constraintArg(1)).rangeBound();
    assertThat(closed.lo.getText()).isEqualTo("-40.0");
    assertThat(closed.hi.getText()).isEqualTo("60.0");
    PgSchemaParser.RangeBoundContext upper = ((PgSchemaParser.RangeConstraintArgContext)
        ms.get(4).bodyConstraint().constraintArg(1)).rangeBound();
    assertThat(upper.lo).isNull();
    assertThat(upper.hi.getText()).isEqualTo("10");
    PgSchemaParser.EdgeDeclContext edge = file.decl(1).edgeDecl();
    assertThat(edge.from.getText()).isEqualTo("N");
    assertThat(edge.cardinality().min.getText()).isEqualTo("1");
    assertThat(edge.cardinality().max).isNull();
    assertThat(edge.annotation(0).annotationArgs().kwarg(0).key.getText()).isEqualTo("k");
    assertThat(edge.edgeBody()).isNull();
  }
}
