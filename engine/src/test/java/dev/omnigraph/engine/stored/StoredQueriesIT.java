package dev.omnigraph.engine.stored;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.omnigraph.compiler.diag.ErrorCode;
import dev.omnigraph.compiler.diag.OmniGraphException;
import dev.omnigraph.compiler.diag.SourceLocation;
import dev.omnigraph.engine.Graph;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Registering, listing, running and reopening stored queries ({@code gq-language.md} §11); stored
 * mutations are run in {@link StoredMutationsIT}.
 */
class StoredQueriesIT {
  static final String SCHEMA = """
      node Person { name: String @key  age: I32? }
      node Company { name: String @key }
      edge Knows: Person -> Person
      edge WorksAt: Person -> Company
      """;
  static final String DATA = """
      {"type":"Person","data":{"name":"Alice","age":30}}
      {"type":"Person","data":{"name":"Bob","age":25}}
      {"type":"Person","data":{"name":"Charlie","age":35}}
      {"type":"Company","data":{"name":"Acme"}}
      {"edge":"Knows","from":"Alice","to":"Bob"}
      {"edge":"Knows","from":"Alice","to":"Charlie"}
      {"edge":"WorksAt","from":"Bob","to":"Acme"}
      """;
  static final String PEOPLE = """
      // people lookups
      query get_person($name: String) @description("One person by name") @instruction("Pass the exact name") {
          match { $p: Person { name: $name } }
          return { $p.name, $p.age }
      }

      query older_than($age: I32, $names: [String]?) {
          match { $p: Person  $p.age > $age }
          return { $p.name }
          order { $p.name }
      }

      query add_person($name: String) {
          insert Person { name: $name }
      }
      """;
  static final String WORK = """
      query employees_of($company: String) {
          match { $c: Company { name: $company }  $p worksAt $c }
          return { $p.name }
      }
      """;

  @TempDir Path dir;
  Path root;
  Graph graph;

  @BeforeEach
  void create() {
    root = dir.resolve("g");
    graph = Graph.init(root, SCHEMA, "s.pg");
    graph.load(DATA, "d.jsonl");
  }

  @AfterEach
  void close() {
    graph.close();
  }

  @Test
  void registersAFileAndDescribesItsQueriesSortedByName() {
    List<StoredQuery> added = graph.registerQueries(PEOPLE, "queries/people.gq");

    assertThat(added).extracting(StoredQuery::name).containsExactly("get_person", "older_than", "add_person");
    assertThat(graph.storedQueries()).extracting(StoredQuery::name).containsExactly("add_person", "get_person", "older_than");
    StoredQuery getPerson = graph.storedQueries().get(1);
    assertThat(getPerson.description()).isEqualTo("One person by name");
    assertThat(getPerson.instruction()).isEqualTo("Pass the exact name");
    assertThat(getPerson.mutation()).isFalse();
    assertThat(getPerson.file()).isEqualTo("people.gq");
    assertThat(getPerson.signature()).isEqualTo("get_person($name: String)");
    StoredQuery olderThan = graph.storedQueries().get(2);
    assertThat(olderThan.description()).isNull();
    assertThat(olderThan.params()).extracting(StoredParam::name, StoredParam::kind, StoredParam::itemKind, StoredParam::nullable)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("age", ParamKind.INT, null, false),
            org.assertj.core.groups.Tuple.tuple("names", ParamKind.LIST, ParamKind.STRING, true));
    assertThat(graph.storedQueries().get(0).mutation()).isTrue();
  }

  @Test
  void runsAStoredQueryByNameWithJsonShapedParameters() {
    graph.registerQueries(PEOPLE, "people.gq");

    assertThat(graph.queryStored("get_person", Map.of("name", "Alice")).rowsAsLists()).containsExactly(List.of("Alice", 30));
    assertThat(graph.queryStored("older_than", Map.of("age", "26")).rowsAsLists()).containsExactly(List.of("Alice"), List.of("Charlie"));
    assertThat(graph.prepareStored("get_person").columns()).extracting(c -> c.name()).containsExactly("p.name", "p.age");
    assertThatThrownBy(() -> graph.queryStored("get_person", Map.of()))
        .isInstanceOfSatisfying(OmniGraphException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.INVALID_PARAMETER))
        .hasMessageContaining("parameter 'name' not provided");
  }

  @Test
  void anUnknownNameIsNotFoundAndSuggestsCloseNames() {
    assertThatThrownBy(() -> graph.queryStored("get_person", Map.of()))
        .isInstanceOfSatisfying(OmniGraphException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.NOT_FOUND))
        .hasMessage("query 'get_person' not found; this graph has no stored queries");
    graph.registerQueries(PEOPLE, "people.gq");

    assertThatThrownBy(() -> graph.prepareStored("get_persn"))
        .isInstanceOfSatisfying(OmniGraphException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.NOT_FOUND))
        .hasMessage("query 'get_persn' not found; did you mean get_person?");
    assertThatThrownBy(() -> graph.prepareStored("zzzzzzzzzzzz"))
        .hasMessage("query 'zzzzzzzzzzzz' not found among the 3 stored queries");
  }

  @Test
  void aNameDeclaredTwiceInAFileIsRefusedAtTheSecondDeclaration() {
    String twice = WORK + "\nquery employees_of() {\n  match { $p: Person }\n  return { $p.name }\n}\n";

    assertThatThrownBy(() -> graph.registerQueries(twice, "work.gq"))
        .isInstanceOfSatisfying(OmniGraphException.class, e -> {
          assertThat(e.code()).isEqualTo(ErrorCode.ALREADY_EXISTS);
          assertThat(e.location()).contains(new SourceLocation("work.gq", 6, 1));
        })
        .hasMessage("work.gq:6:1: query `employees_of` is declared twice (first at line 1); stored query names must be unique");
    assertThat(graph.storedQueries()).isEmpty();
    assertThat(root.resolve("_queries/work.gq")).doesNotExist();
  }

  @Test
  void aNameRegisteredFromAnotherFileIsRefused() {
    graph.registerQueries(WORK, "work.gq");

    assertThatThrownBy(() -> graph.registerQueries(WORK, "more/work2.gq"))
        .isInstanceOfSatisfying(OmniGraphException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.ALREADY_EXISTS))
        .hasMessage("more/work2.gq:1:1: query `employees_of` is already registered from work.gq; stored query names must be unique across files");
    assertThat(root.resolve("_queries/work2.gq")).doesNotExist();
  }

  @Test
  void registeringTheSameFileNameAgainReplacesItsQueries() throws IOException {
    graph.registerQueries(PEOPLE, "people.gq");
    String renamed = WORK.replace("employees_of", "staff_of");

    graph.registerQueries(renamed, "elsewhere/people.gq");

    assertThat(graph.storedQueries()).extracting(StoredQuery::name).containsExactly("staff_of");
    assertThat(Files.readString(root.resolve("_queries/people.gq"))).isEqualTo(renamed);
    assertThat(graph.queryStored("staff_of", Map.of("company", "Acme")).rowsAsLists()).containsExactly(List.of("Bob"));
  }

  @Test
  void aFileThatFailsToCheckLeavesTheRegistryAndTheDirectoryUnchanged() throws IOException {
    graph.registerQueries(PEOPLE, "people.gq");
    String broken = PEOPLE.replace("return { $p.name }\n    order", "return { $p.nam }\n    order");

    assertThatThrownBy(() -> graph.registerQueries(broken, "people.gq"))
        .isInstanceOfSatisfying(OmniGraphException.class, e -> {
          assertThat(e.code()).isEqualTo(ErrorCode.TYPE_ERROR);
          assertThat(e.location()).map(SourceLocation::toString).contains("people.gq:9:14");
        });
    assertThatThrownBy(() -> graph.registerQueries("query q( {", "syntax.gq"))
        .isInstanceOfSatisfying(OmniGraphException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.SYNTAX_ERROR))
        .hasMessageStartingWith("syntax.gq:1:");
    assertThatThrownBy(() -> graph.registerQueries("// nothing\n", "empty.gq"))
        .isInstanceOfSatisfying(OmniGraphException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.INVALID_PARAMETER))
        .hasMessageStartingWith("empty.gq:1:1: declares no query");

    assertThat(graph.storedQueries()).extracting(StoredQuery::name).containsExactly("add_person", "get_person", "older_than");
    assertThat(Files.readString(root.resolve("_queries/people.gq"))).isEqualTo(PEOPLE);
    try (var files = Files.list(root.resolve("_queries"))) {
      assertThat(files.map(p -> p.getFileName().toString())).containsExactly("people.gq");
    }
  }

  @Test
  void aSourceWithoutAFileNameCannotBeStored() {
    assertThatThrownBy(() -> graph.registerQueries(WORK, "<inline>"))
        .isInstanceOfSatisfying(OmniGraphException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.INVALID_PARAMETER))
        .hasMessageContaining("cannot store queries from '<inline>'");
  }

  @Test
  void registeredQueriesSurviveReopen() throws IOException {
    Path file = dir.resolve("people.gq");
    Files.writeString(file, PEOPLE);
    graph.registerQueries(file);
    graph.registerQueries(WORK, "work");
    graph.close();

    graph = Graph.open(root);

    assertThat(graph.storedQueries()).extracting(StoredQuery::name)
        .containsExactly("add_person", "employees_of", "get_person", "older_than");
    assertThat(graph.storedQueries().get(1).file()).isEqualTo("work.gq");
    assertThat(graph.queryStored("employees_of", Map.of("company", "Acme")).rowsAsLists()).containsExactly(List.of("Bob"));
  }

  @Test
  void reopeningWithAStoredFileThatNoLongerChecksFailsNamingTheFile() throws IOException {
    graph.registerQueries(WORK, "work.gq");
    graph.close();
    Path stored = root.resolve("_queries/work.gq");
    Files.writeString(stored, WORK.replace("Company {", "Firm {"));

    assertThatThrownBy(() -> graph = Graph.open(root))
        .isInstanceOfSatisfying(OmniGraphException.class, e -> {
          assertThat(e.code()).isEqualTo(ErrorCode.TYPE_ERROR);
          assertThat(e.location()).map(SourceLocation::source).contains(stored.toString());
        })
        .hasMessageContaining("registered query file " + stored + " no longer checks against this graph: ");
    Files.writeString(stored, WORK);
    graph = Graph.open(root);
  }
}
