package dev.omnigraph.compiler.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.omnigraph.compiler.diag.ErrorCode;
import dev.omnigraph.compiler.diag.OmniGraphException;
import dev.omnigraph.compiler.diag.SourceLocation;
import dev.omnigraph.compiler.query.ast.Expr;
import dev.omnigraph.compiler.query.ast.Mutation;
import dev.omnigraph.compiler.query.ast.Query;
import dev.omnigraph.compiler.query.check.CheckedMutation;
import dev.omnigraph.compiler.query.check.MutationChecker;
import dev.omnigraph.compiler.schema.Catalog;
import dev.omnigraph.compiler.schema.ScalarType;
import dev.omnigraph.compiler.schema.SchemaParser;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The static check of mutations ({@code gq-language.md} §7, §9) against the reference's
 * type-check fixture schema (§12 item 74) and a small schema with an {@code @embed} vector and a Blob.
 */
class MutationCheckerTest {
  private static final Catalog CATALOG = SchemaParser.parse("""
      node Person { name: String @key  age: I32? }
      node Company { name: String @key }
      edge Knows: Person -> Person { since: Date? }
      edge WorksAt: Person -> Company { title: String? }
      """, "test.pg");

  private static final Catalog DOCS = SchemaParser.parse("""
      node Doc {
        slug: String @key
        text: String
        embedding: Vector(3) @embed("text")
        payload: Blob?
        status: enum(draft, live)?
        tags: [String]?
        seen: DateTime?
      }
      edge Cites: Doc -> Doc { weight: F64 }
      """, "docs.pg");

  private static final String PARAMS = "$name: String, $age: I32, $n: I64, $day: Date, $when: DateTime";

  private static CheckedMutation check(String body) {
    return check(CATALOG, body);
  }

  private static CheckedMutation check(Catalog catalog, String body) {
    return MutationChecker.check(catalog, parse(body));
  }

  private static Query parse(String body) {
    return QueryParser.parse("query q(" + PARAMS + ") {\n" + body + "\n}", "q.gq").queries().get(0);
  }

  @Test
  void typesEveryStatementOfAValidMutation() {
    CheckedMutation checked = check("""
        insert Person { name: $name, age: $n }
        insert Knows { from: $name, to: "Bob", since: date("2024-01-01") }
        update Person set { age: 31 } where name = $name""");

    assertThat(checked.destructive()).isFalse();
    assertThat(checked.statements()).hasSize(3);
    CheckedMutation.Insert person = (CheckedMutation.Insert) checked.statements().get(0);
    assertThat(person.target().name()).isEqualTo("Person");
    assertThat(person.assignments()).extracting(CheckedMutation.Assignment::property).containsExactly("name", "age");
    assertThat(person.assignments().get(1).propertyType().scalar()).isEqualTo(ScalarType.I32);
    assertThat(person.assignments().get(1).valueType().scalar()).isEqualTo(ScalarType.I64);
    CheckedMutation.Insert knows = (CheckedMutation.Insert) checked.statements().get(1);
    assertThat(knows.target().tableKey()).isEqualTo("edge:Knows");
    assertThat(knows.assignments().get(0).propertyType().scalar()).isEqualTo(ScalarType.STRING);
    CheckedMutation.Update update = (CheckedMutation.Update) checked.statements().get(2);
    assertThat(update.where().property()).isEqualTo("name");
    assertThat(update.where().operator()).isEqualTo("=");
    assertThat(checked.writes(CATALOG)).containsExactly("edge:Knows", "node:Person");
    assertThat(checked.reads(CATALOG)).containsExactly("edge:Knows", "node:Person");
  }

  @Test
  void deletesResolveNodesFirstThenEdgesCaseInsensitively() {
    CheckedMutation nodes = check("delete Person where name = $name\ndelete Person where age > $n");
    assertThat(nodes.destructive()).isTrue();
    assertThat(nodes.writes(CATALOG)).containsExactly("edge:Knows", "edge:WorksAt", "node:Person");

    CheckedMutation edges = check("delete KNOWS where from = $name\ndelete WorksAt where title = \"CEO\"");
    assertThat(edges.statements()).extracting(s -> s.target().tableKey()).containsExactly("edge:Knows", "edge:WorksAt");
    assertThat(((CheckedMutation.Delete) edges.statements().get(0)).where().propertyType().scalar())
        .isEqualTo(ScalarType.STRING);
  }

  @Test
  void nodeNamespaceIsConsultedFirstWhenANodeAndAnEdgeShareAName() {
    Catalog shared = SchemaParser.parse("""
        node Tag { label: String @key }
        edge Tag: Tag -> Tag { weight: I32? }
        """, "shared.pg");
    CheckedMutation checked = check(shared, "insert Tag { label: $name }");
    assertThat(checked.statements().get(0).target().tableKey()).isEqualTo("node:Tag");
    assertError(shared, "update Tag set { weight: 1 } where label = $name", "q.gq:2:18", "T11:");
  }

  @Test
  void t10UnknownTypeOrNoAssignments() {
    assertError("insert Robot { name: $name }", "q.gq:2:1", "T10: unknown node/edge type `Robot`");
    assertError("update Robot set { name: $name } where name = $name", "q.gq:2:1", "T10: unknown node/edge type `Robot`");
    assertError("delete Robot where name = $name", "q.gq:2:1", "T10: unknown node/edge type `Robot`");
    // The grammar requires an assignment; an AST built by hand can lack one.
    SourceLocation at = new SourceLocation("hand.gq", 3, 5);
    Query empty = new Query("q", List.of(), Map.of(), List.of(), List.of(), List.of(), null,
        List.of(new Mutation.Insert("Person", List.of(), at)), new SourceLocation("hand.gq", 1, 1));
    assertThatThrownBy(() -> MutationChecker.check(CATALOG, empty)).isInstanceOfSatisfying(OmniGraphException.class, e -> {
      assertThat(e.location()).map(Object::toString).hasValue("hand.gq:3:5");
      assertThat(e.detail()).isEqualTo("T10: insert mutation requires at least one assignment");
    });
    Query emptyUpdate = new Query("q", List.of(), Map.of(), List.of(), List.of(), List.of(), null,
        List.of(new Mutation.Update("Person", List.of(),
            new Mutation.Predicate("name", "=", new Expr.Literal("Ada", "\"Ada\"", at), at), at)), at);
    assertThatThrownBy(() -> MutationChecker.check(CATALOG, emptyUpdate))
        .hasMessageContaining("T10: update mutation requires at least one assignment");
  }

  @Test
  void t11UnknownPropertyOrBlobInWhere() {
    assertError("insert Person { name: $name, nick: \"x\" }", "q.gq:2:30", "T11: type `Person` has no property `nick`");
    assertError("insert Knows { from: $name, to: $name, weight: 1 }", "q.gq:2:40", "T11: type `Knows` has no property `weight`");
    assertError("update Person set { nick: $name } where name = $name", "q.gq:2:21", "T11:");
    assertError("delete Person where nick = $name", "q.gq:2:21", "T11: type `Person` has no property `nick`");
    assertError("delete Person where from = $name", "q.gq:2:21", "T11:");
    assertError("delete Knows where title = $name", "q.gq:2:20", "T11: type `Knows` has no property `title`");
    assertError(DOCS, "delete Doc where payload = $name", "q.gq:2:18",
        "T11: blob property `payload` cannot be used in WHERE predicates");
  }

  @Test
  void t12MissingNonNullablePropertyOrEndpoint() {
    assertError("insert Person { age: $age }", "q.gq:2:1", "T12: insert for `Person` must provide non-nullable property `name`");
    assertError("insert Knows { from: $name }", "q.gq:2:1", "T12: insert for `Knows` must provide required endpoint `to`");
    assertError("insert Knows { to: $name, since: $day }", "q.gq:2:1",
        "T12: insert for `Knows` must provide required endpoint `from`");
    assertError(DOCS, "insert Cites { from: $name, to: $name }", "q.gq:2:1",
        "T12: insert for `Cites` must provide non-nullable property `weight`");
  }

  @Test
  void t12ExemptsAnEmbedTargetWhoseSourceIsAssigned() {
    CheckedMutation checked = check(DOCS, "insert Doc { slug: $name, text: \"hello\" }");
    assertThat(checked.statements()).hasSize(1);
    assertError(DOCS, "insert Doc { slug: $name }", "q.gq:2:1",
        "T12: insert for `Doc` must provide non-nullable property `embedding` or @embed source `text`");
    assertThat(check(DOCS, "insert Doc { slug: $name, text: $name, embedding: [0.1, 0.2, 0.3] }").statements()).hasSize(1);
  }

  @Test
  void t13DuplicateAssignment() {
    assertError("insert Person { name: $name, age: 1, age: 2 }", "q.gq:2:38", "T13: duplicate assignment for property `age`");
    assertError("update Person set { age: 1 age: 2 } where name = $name", "q.gq:2:28", "T13:");
  }

  @Test
  void t14UndeclaredParameter() {
    assertError("insert Person { name: $who }", "q.gq:2:23", "T14: mutation variable `$who` must be a declared query parameter");
    assertError("delete Person where name = $who", "q.gq:2:28", "T14:");
  }

  @Test
  void t16UpdateOnAnEdgeType() {
    assertError("update Knows set { since: $day } where from = $name", "q.gq:2:1",
        "T16: update mutation for edge type `Knows` is not supported");
    assertError("update Worksat set { title: $name } where from = $name", "q.gq:2:1", "T16: update mutation for edge type `WorksAt`");
  }

  @Test
  void t3LiteralOfTheWrongType() {
    assertError("insert Person { name: $name, age: \"old\" }", "q.gq:2:30", "T3: property `age` has type I32? but got String");
    assertError("insert Person { name: 42 }", "q.gq:2:17", "T3:");
    assertError("insert Knows { from: 42, to: $name }", "q.gq:2:16", "T3: property `from` has type String but got I64");
    assertError("delete Person where age > \"x\"", "q.gq:2:21", "T3:");
    assertError(DOCS, "insert Doc { slug: $name, text: $name, status: \"archived\" }", "q.gq:2:40",
        "T3: property `status` expects one of [draft, live], got 'archived'");
    assertError(DOCS, "insert Doc { slug: $name, text: $name, embedding: [1, 2] }", "q.gq:2:40",
        "T3: property `embedding` has type Vector(3) but got vector literal with 2 elements");
    assertError(DOCS, "insert Doc { slug: $name, text: $name, tags: \"x\" }", "q.gq:2:40", "T3:");
    assertError(DOCS, "insert Doc { slug: $name, text: $name, payload: \"base64:AA==\" }", "q.gq:2:40", "T3:");
    assertThat(check(DOCS, "insert Doc { slug: $name, text: $name, status: \"live\", tags: [\"a\", \"b\"] }").statements())
        .hasSize(1);
  }

  @Test
  void t7ParameterOrNowIncompatibleWithTheProperty() {
    assertError("insert Person { name: $name, age: $name }", "q.gq:2:30",
        "T7: cannot assign/compare String with I32? for property `age`");
    assertError("insert Person { name: $name, age: now() }", "q.gq:2:30",
        "T7: cannot assign/compare DateTime with I32? for property `age`");
    assertError("insert Knows { from: $name, to: $age }", "q.gq:2:29", "T7: cannot assign/compare I32 with String for property `to`");
    assertError("insert Knows { from: now(), to: $name }", "q.gq:2:16", "T7:");
    assertError("update Person set { age: $n } where name = $day", "q.gq:2:37", "T7:");
    assertError(DOCS, "insert Doc { slug: $name, text: $name, payload: $n }", "q.gq:2:40", "T7:");
    // Numeric parameters fit any numeric property; a String parameter may carry a Blob's URI.
    assertThat(check(DOCS, "insert Doc { slug: $name, text: $name, payload: $name, seen: now() }").statements()).hasSize(1);
    assertThat(check(DOCS, "update Doc set { seen: $when } where seen < now()").statements()).hasSize(1);
  }

  @Test
  void mixingInsertsAndDeletesIsRejected() {
    assertThatThrownBy(() -> check("insert Person { name: $name }\ndelete Person where name = $name"))
        .isInstanceOfSatisfying(OmniGraphException.class, e -> {
          assertThat(e.code()).isEqualTo(ErrorCode.TYPE_ERROR);
          assertThat(e.location()).map(Object::toString).hasValue("q.gq:3:1");
          assertThat(e.detail()).contains("inserts/updates and deletes", "split into separate mutations")
              .doesNotStartWith("T");
        });
    assertThatThrownBy(() -> check("delete Person where name = $name\nupdate Person set { age: 1 } where name = $name"))
        .hasMessageContaining("inserts/updates and deletes");
  }

  @Test
  void updatingAKeyPropertyIsAStaticError() {
    assertThatThrownBy(() -> check("update Person set { age: 1, name: $name } where name = $name"))
        .isInstanceOfSatisfying(OmniGraphException.class, e -> {
          assertThat(e.code()).isEqualTo(ErrorCode.TYPE_ERROR);
          assertThat(e.location()).map(Object::toString).hasValue("q.gq:2:29");
          assertThat(e.detail()).isEqualTo("cannot update @key property 'name' — delete and re-insert instead");
        });
  }

  @Test
  void readQueriesAreNotMutations() {
    Query read = QueryParser.parse("query r() { match { $p: Person } return { $p.name } }", "r.gq").queries().get(0);
    assertThatThrownBy(() -> MutationChecker.check(CATALOG, read))
        .isInstanceOfSatisfying(OmniGraphException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.UNSUPPORTED));
  }

  private static void assertError(String body, String location, String fragment) {
    assertError(CATALOG, body, location, fragment);
  }

  private static void assertError(Catalog catalog, String body, String location, String fragment) {
    assertThatThrownBy(() -> check(catalog, body)).isInstanceOfSatisfying(OmniGraphException.class, e -> {
      assertThat(e.code()).isEqualTo(ErrorCode.TYPE_ERROR);
      assertThat(e.detail()).startsWith(fragment);
      assertThat(e.location()).map(Object::toString).hasValue(location);
    });
  }
}
