package dev.omnigraph.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.omnigraph.compiler.diag.ErrorCode;
import dev.omnigraph.compiler.diag.OmniGraphException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Parameter binding and JSON coercion ({@code gq-language.md} §4, §10.4). */
class ParametersIT {
  @TempDir
  static Path dir;
  static Graph graph;

  @BeforeAll
  static void load() {
    graph = Graph.init(dir.resolve("g"), """
        node Item { slug: String @key  n32: I32?  n64: I64?  u32: U32?  f32: F32?  f64: F64?  ok: Bool?
                    day: Date?  at: DateTime?  tags: [String]?  vec: Vector(2)? }
        """, "s.pg");
    graph.load("""
        {"type":"Item","data":{"slug":"a","n32":1,"n64":10000000000,"u32":4000000000,"f32":0.5,"f64":2.5,"ok":true,"day":"2024-01-02","at":"2024-01-02T03:04:05Z","tags":["x","y"],"vec":[1,2]}}
        {"type":"Item","data":{"slug":"b","n32":2,"tags":["y"]}}
        {"type":"Item","data":{"slug":"c"}}
        """, "items.jsonl");
  }

  @AfterAll
  static void close() {
    graph.close();
  }

  private static List<String> slugs(String decls, String condition, Map<String, ?> params) {
    QueryResult result = graph.query("query q(" + decls + ") { match { $i: Item  " + condition + " } return { $i.slug } order { $i.slug } }",
        "<q>", null, params);
    return result.rowsAsLists().stream().map(row -> (String) row.get(0)).toList();
  }

  @Test
  void everyScalarTypeBindsFromItsJsonShape() {
    assertThat(slugs("$v: I32", "$i.n32 = $v", Map.of("v", 2))).containsExactly("b");
    assertThat(slugs("$v: I32", "$i.n32 = $v", Map.of("v", "2"))).containsExactly("b");
    assertThat(slugs("$v: I64", "$i.n64 = $v", Map.of("v", 10_000_000_000L))).containsExactly("a");
    assertThat(slugs("$v: U32", "$i.u32 = $v", Map.of("v", 4_000_000_000L))).containsExactly("a");
    assertThat(slugs("$v: F32", "$i.f32 = $v", Map.of("v", 0.5))).containsExactly("a");
    assertThat(slugs("$v: F64", "$i.f64 > $v", Map.of("v", 2))).containsExactly("a");
    assertThat(slugs("$v: Bool", "$i.ok = $v", Map.of("v", true))).containsExactly("a");
    assertThat(slugs("$v: Date", "$i.day = $v", Map.of("v", "2024-01-02"))).containsExactly("a");
    assertThat(slugs("$v: DateTime", "$i.at >= $v", Map.of("v", "2024-01-02T03:04:05.000+00:00"))).containsExactly("a");
  }

  @Test
  void listsTestMembershipAndListParametersAreValues() {
    assertThat(slugs("$t: String", "[\"a\", \"c\", \"z\"] contains $i.slug", Map.of("t", "y"))).containsExactly("a", "c");
    assertThat(slugs("$t: String", "$i.tags contains $t", Map.of("t", "y"))).containsExactly("a", "b");
    QueryResult result = graph.query("query q($names: [String]) { match { $i: Item { slug: \"b\" } } return { $names } }", "<q>", null,
        Map.of("names", List.of("p", "q")));
    assertThat(result.rowsAsLists()).containsExactly(List.of(List.of("p", "q")));
  }

  @Test
  void aBareVariableContainsAVariableIsATraversalAsTheReferenceParsesIt() {
    assertThatThrownBy(() -> slugs("$names: [String]", "$names contains $i.slug", Map.of("names", List.of("a"))))
        .isInstanceOfSatisfying(OmniGraphException.class, e -> {
          assertThat(e.code()).isEqualTo(ErrorCode.SYNTAX_ERROR);
          assertThat(e.detail()).contains("a variable, a word and a variable form a traversal").doesNotContain("rule clause");
        });
  }

  @Test
  void anOmittedOptionalParameterIsNullAndMatchesNothing() {
    assertThat(slugs("$v: I32?", "$i.n32 = $v", Map.of())).isEmpty();
    assertThat(slugs("$v: I32?", "$i.n32 != $v", Map.of())).isEmpty();
    Map<String, Object> explicitNull = new HashMap<>();
    explicitNull.put("v", null);
    assertThat(slugs("$v: I32?", "$i.n32 = $v", explicitNull)).isEmpty();
  }

  @Test
  void undeclaredKeysAreIgnored() {
    assertThat(slugs("$v: I32", "$i.n32 = $v", Map.of("v", 1, "extra", "x"))).containsExactly("a");
  }

  @Test
  void badParametersNameTheParameterAndWhatWasExpected() {
    assertParamError("$v: I32", Map.of("v", "two"), "param 'v': expects I32, got \"two\"");
    assertParamError("$v: I32", Map.of("v", 3_000_000_000L), "param 'v': value 3000000000 exceeds I32 range");
    assertParamError("$v: U32", Map.of("v", -1), "param 'v': value -1 exceeds U32 range");
    assertParamError("$v: Date", Map.of("v", "yesterday"), "param 'v': invalid Date literal 'yesterday'");
    assertParamError("$v: I32", Map.of(), "parameter 'v' not provided");
    Map<String, Object> explicitNull = new HashMap<>();
    explicitNull.put("v", null);
    assertParamError("$v: I32", explicitNull, "param 'v': null is not accepted for non-nullable parameter");
  }

  @Test
  void vectorParametersNeedTheirDimension() {
    QueryResult result = graph.query("query q($v: Vector(2)) { match { $i: Item { slug: \"a\" } } return { $i.vec, $v } }", "<q>", null,
        Map.of("v", List.of(3, 4)));
    assertThat((float[]) result.get(0, 0)).containsExactly(1f, 2f);
    assertThat(Arrays.toString((float[]) result.get(0, 1))).isEqualTo("[3.0, 4.0]");
    assertParamError("$v: Vector(2)", Map.of("v", List.of(1)), "param 'v': expects 2 dimensions, got 1");
  }

  private static void assertParamError(String decls, Map<String, ?> params, String message) {
    String text = "query q(" + decls + ") { match { $i: Item } return { $i.slug } }";
    assertThatThrownBy(() -> graph.query(text, "<q>", null, params)).isInstanceOfSatisfying(OmniGraphException.class, e -> {
      assertThat(e.code()).isEqualTo(ErrorCode.INVALID_PARAMETER);
      assertThat(e.detail()).startsWith(message);
    });
  }
}
