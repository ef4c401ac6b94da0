package dev.omnigraph.conformance;

import static dev.omnigraph.conformance.ReferenceFixtures.assertTypeError;
import static dev.omnigraph.conformance.ReferenceFixtures.gq;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.omnigraph.compiler.diag.ErrorCode;
import dev.omnigraph.compiler.diag.OmniGraphException;
import dev.omnigraph.engine.Graph;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Type-check goldens: checklist item 74 of {@code gq-language.md} §12, then the other read-side
 * rules of the §7 table. Each rejection must be a {@code TYPE_ERROR} whose detail starts with the
 * code ({@code "T4: …"}). Search and ranking calls must be rejected at type-check even though their
 * execution is not implemented. The schema is item 74's plus a {@code Doc} type (Blob, Vector(4),
 * list) and a {@code note} on Knows for the search-target rule.
 */
class ReferenceTypeCheckGoldensIT {
  private static final String SCHEMA = """
      node Person {
          name: String @key
          age: I32?
      }
      node Company {
          name: String @key
      }
      edge Knows: Person -> Person {
          since: Date?
          note: String?
      }
      edge WorksAt: Person -> Company {
          title: String?
      }
      node Doc {
          slug: String @key
          title: String?
          tags: [String]?
          payload: Blob
          embedding: Vector(4)
      }
      """;
  private static final String P = "$p: Person  ";
  private static final String W = "$p: Person  $p $w:knows $f  ";
  @TempDir static Path tempDir;
  private static Graph graph;

  @BeforeAll
  static void createGraph() {
    graph = ReferenceFixtures.graph(tempDir.resolve("golden"), SCHEMA, "");
  }

  @AfterAll
  static void closeGraph() {
    if (graph != null) {
      graph.close();
    }
  }

  private static OmniGraphException rejects(String code, String fragment) {
    return rejects(code, "", fragment);
  }

  private static OmniGraphException rejects(String code, String params, String fragment) {
    return assertTypeError(graph, gq(params, fragment), code);
  }

  // ---- item 74 ----

  @Test void unknownNodeTypeIsT1() { rejects("T1", "$p: Persn  return { $p.name }"); }

  @Test void unknownPropertyInMatchIsT2() { rejects("T2", "$p: Person { nickname: \"x\" }  return { $p.name }"); }

  @Test void wrongLiteralTypeInMatchIsT3() { rejects("T3", "$p: Person { age: \"thirty\" }  return { $p.name }"); }

  @Test void unknownEdgeTypeIsT4() {
    assertThat(rejects("T4", P + "$p likes $f  return { $p.name }").detail()).contains("likes");
  }

  @Test void traversalFromANonEndpointTypeIsT5() { rejects("T5", "$c: Company  $c knows $f  return { $c.name }"); }

  @Test void unknownPropertyAccessIsT6() { rejects("T6", P + "return { $p.salary }"); }

  @Test void comparingI32WithAStringIsT7() { rejects("T7", P + "$p.age > \"x\"  return { $p.name }"); }

  @Test void sumOfAStringIsT8() { rejects("T8", P + "return { sum($p.name) as s }"); }

  @Test void nearestWithoutLimitIsT17() {
    rejects("T17", "$q: Vector(4)", "$d: Doc  return { $d.slug } order { nearest($d.embedding, $q) }");
  }

  @Test void bm25WithAnIntegerQueryIsT20() {
    rejects("T20", "$q: I64", P + "return { $p.name } order { bm25($p.name, $q) }");
  }

  @Test void rrfWithoutLimitIsT21() {
    rejects("T21", "$q: Vector(4), $t: String",
        "$d: Doc  return { $d.slug } order { rrf(nearest($d.embedding, $q), bm25($d.title, $t)) }");
  }

  @Test void rrfWithZeroKIsT21() {
    rejects("T21", "$q: Vector(4), $t: String",
        "$d: Doc  return { $d.slug } order { rrf(nearest($d.embedding, $q), bm25($d.title, $t), 0) } limit 3");
  }

  @Test void undirectedTraversalOnAnAsymmetricEdgeIsT22NamingTheEdge() {
    assertThat(rejects("T22", P + "$p <worksAt> $c  return { $p.name }").detail()).contains("WorksAt");
  }

  @Test void traversalWithoutUpperBoundIsT15Unbounded() {
    assertThat(rejects("T15", P + "$p knows{1,} $f  return { $f.name }").detail()).contains("unbounded traversal is disabled");
  }

  @Test void edgeBindingWithHopBoundsIsT23MultiHop() {
    assertThat(rejects("T23", P + "$p $w:knows{1,2} $f  return { $f.name }").detail()).contains("multi-hop");
  }

  @Test void bareEdgeBindingInReturnIsT23() { rejects("T23", W + "return { $w }"); }

  @Test void blobProjectionIsT24WithTheReferenceMessage() {
    assertThat(rejects("T24", "$d: Doc  return { $d.payload }").detail()).isEqualTo(
        "T24: Blob property `$d.payload` is not available as a .gq read value; Blob values require a dedicated API");
  }

  // ---- the rest of the read-side §7 table ----

  @Test void blobPropertyInMatchPatternIsT3() { rejects("T3", "$d: Doc { payload: \"x\" }  return { $d.slug }"); }

  @Test void listLiteralMatchedAgainstAListPropertyIsT3() {
    rejects("T3", "$d: Doc { tags: [\"red\"] }  return { $d.slug }");
  }

  @Test void boundDestinationOfTheWrongTypeIsT5() {
    rejects("T5", P + "$c: Company  $p knows $c  return { $p.name }");
  }

  @Test void propertyOfAnUnboundVariableIsT6() { rejects("T6", P + "$x.age > 3  return { $p.name }"); }

  @Test void hiddenIdColumnsAreNotPropertiesT6() {
    rejects("T6", P + "return { $p.id }");
    rejects("T6", W + "return { $w.src }");
  }

  @Test void comparingDateWithDateTimeIsT7() {
    rejects("T7", W + "$w.since > datetime(\"2024-01-01T00:00:00Z\")  return { $f.name }");
  }

  @Test void comparingNodeVariablesIsT7() { rejects("T7", W + "$p = $f  return { $f.name }"); }

  @Test void parameterOfAnIncompatibleTypeIsT7() { rejects("T7", "$n: String", P + "$p.age > $n  return { $p.name }"); }

  @Test void containsWithAnIntegerOnTheRightIsT7() { rejects("T7", P + "$p.name contains 3  return { $p.name }"); }

  @Test void minOfADateIsT8() { rejects("T8", W + "return { min($w.since) as first }"); }

  @Test void negationWithoutAnOuterVariableIsT9() { rejects("T9", P + "not { $c: Company }  return { $p.name }"); }

  @Test void literalGroupKeyInAnAggregateQueryIsT9() { rejects("T9", P + "return { \"x\", count($p) as n }"); }

  @Test void hopBoundsBelowOneOrInvertedAreT15() {
    rejects("T15", P + "$p knows{0,2} $f  return { $f.name }");
    rejects("T15", P + "$p knows{3,2} $f  return { $f.name }");
  }

  @Test void nearestOnANonVectorPropertyIsT15() {
    rejects("T15", "$q: Vector(4)", "$d: Doc  return { $d.slug } order { nearest($d.title, $q) } limit 3");
  }

  @Test void nearestWithAVectorOfTheWrongDimensionIsT15() {
    rejects("T15", "$q: Vector(3)", "$d: Doc  return { $d.slug } order { nearest($d.embedding, $q) } limit 3");
  }

  @Test void nearestTogetherWithAnAliasOrderingIsT18() {
    rejects("T18", "$q: Vector(4)", "$d: Doc  return { $d.slug as s } order { nearest($d.embedding, $q), s } limit 3");
  }

  @Test void searchOnANonStringPropertyIsT19() { rejects("T19", P + "search($p.age, \"x\")  return { $p.name }"); }

  @Test void rrfWithAFractionalKIsT21() {
    rejects("T21", "$q: Vector(4), $t: String",
        "$d: Doc  return { $d.slug } order { rrf(nearest($d.embedding, $q), bm25($d.title, $t), 1.5) } limit 3");
  }

  @Test void edgeBindingAsATraversalEndpointIsT23() { rejects("T23", W + "$w knows $g  return { $f.name }"); }

  @Test void edgeBindingReusingAnEndpointNameIsT23() { rejects("T23", P + "$p $p:knows $f  return { $f.name }"); }

  @Test void edgeBindingOfAnAlreadyBoundNameIsT23() { rejects("T23", W + "$f $w:knows $g  return { $g.name }"); }

  @Test void edgeBindingReboundAsANodeIsT23() { rejects("T23", W + "$w: Person  return { $f.name }"); }

  @Test void countOfABareEdgeBindingIsT23() { rejects("T23", W + "return { count($w) as n }"); }

  @Test void searchTargetingAnEdgeBindingIsT23() { rejects("T23", W + "search($w.note, \"x\")  return { $f.name }"); }

  @Test void blobInOrderOrAggregateIsT24() {
    rejects("T24", "$d: Doc  return { $d.slug } order { $d.payload }");
    rejects("T24", "$d: Doc  return { count($d.payload) as n }");
  }

  @Test void blobParameterAsAReadValueIsT24() { rejects("T24", "$b: Blob", "$d: Doc  return { $b }"); }

  @Test void rebindingAVariableToAnotherTypeIsAnUncodedTypeError() {
    OmniGraphException error = catchThrowableOfType(OmniGraphException.class,
        () -> graph.prepare(gq("", "$x: Person  $x: Company  return { $x.name }"), "golden.gq", null));
    assertThat(error).isNotNull();
    assertThat(error.code()).isEqualTo(ErrorCode.TYPE_ERROR);
    assertThat(error.detail()).contains("already bound to type").doesNotMatch("^T[0-9]+:.*");
  }

  @Test void unboundBareVariableIsAnUncodedTypeError() {
    OmniGraphException error = catchThrowableOfType(OmniGraphException.class,
        () -> graph.prepare(gq("", P + "return { $p.name, $zz }"), "golden.gq", null));
    assertThat(error).isNotNull();
    assertThat(error.code()).isEqualTo(ErrorCode.TYPE_ERROR);
    assertThat(error.detail()).contains("variable `$zz` is not bound").doesNotMatch("^T[0-9]+:.*");
  }

  @Test void checksArePerQuerySoAValidQueryBesideAnInvalidOneStillPrepares() {
    String file = gq("", P + "return { $p.name }").replace("query q(", "query good(")
        + gq("", P + "return { $p.salary }").replace("query q(", "query bad(");
    assertThat(graph.prepare(file, "golden.gq", "good").name()).isEqualTo("good");
    OmniGraphException error = catchThrowableOfType(OmniGraphException.class, () -> graph.prepare(file, "golden.gq", "bad"));
    assertThat(error).isNotNull();
    assertThat(error.detail()).startsWith("T6: ");
  }
}
