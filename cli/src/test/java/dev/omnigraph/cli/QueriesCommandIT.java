package dev.omnigraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code queries add}, {@code queries list}, {@code query --name} and {@code mutate --name} on a real graph. */
class QueriesCommandIT {
  static final String SCHEMA = """
      node Person { name: String @key  age: I32? }
      edge Knows: Person -> Person
      """;
  static final String DATA = """
      {"type":"Person","data":{"name":"Alice","age":30}}
      {"type":"Person","data":{"name":"Bob","age":25}}
      {"edge":"Knows","from":"Alice","to":"Bob"}
      """;
  static final String PEOPLE = """
      query get_person($name: String) @description("One person by name") {
          match { $p: Person { name: $name } }
          return { $p.name, $p.age }
      }
      query friends_of($name: String, $min_age: I32?) {
          match { $p: Person { name: $name }  $p knows $f }
          return { $f.name }
      }
      query add_person($name: String) @instruction("Names are unique") {
          insert Person { name: $name }
      }
      """;

  record Run(int exit, String out, String err) {}

  @TempDir Path dir;
  String graph;
  Path people;

  @BeforeEach
  void createGraph() throws Exception {
    graph = dir.resolve("g").toString();
    Files.writeString(dir.resolve("s.pg"), SCHEMA);
    Files.writeString(dir.resolve("d.jsonl"), DATA);
    people = dir.resolve("people.gq");
    Files.writeString(people, PEOPLE);
    assertThat(run("init", graph, "--schema", dir.resolve("s.pg").toString()).exit()).isZero();
    assertThat(run("load", graph, "--data", dir.resolve("d.jsonl").toString()).exit()).isZero();
  }

  @Test
  void addPrintsTheRegisteredNamesAndListShowsSignatures() {
    Run add = run("queries", "add", graph, "--file", people.toString());
    assertThat(add.exit()).as(add.err()).isZero();
    assertThat(add.out()).isEqualTo("registered 3 queries from people.gq: get_person, friends_of, add_person\n");

    Run list = run("queries", "list", graph);
    assertThat(list.exit()).as(list.err()).isZero();
    assertThat(list.out().lines()).containsExactly(
        "add_person($name: String) [mutation]",
        "friends_of($name: String, $min_age: I32?)",
        "get_person($name: String) \u2014 One person by name");
  }

  @Test
  void listAsJsonIsTheQueryCatalog() throws Exception {
    run("queries", "add", graph, "--file", people.toString());

    Run list = run("queries", "list", graph, "--json");
    assertThat(list.exit()).as(list.err()).isZero();
    JsonNode catalog = new ObjectMapper().readTree(list.out());
    assertThat(catalog.get("queries")).hasSize(3);
    assertThat(catalog.get("queries").get(0).toString()).isEqualTo(
        "{\"name\":\"add_person\",\"instruction\":\"Names are unique\",\"mutation\":true,"
            + "\"params\":[{\"name\":\"name\",\"kind\":\"string\",\"nullable\":false}]}");
    assertThat(catalog.get("queries").get(1).get("params").get(1).toString())
        .isEqualTo("{\"name\":\"min_age\",\"kind\":\"int\",\"nullable\":true}");
  }

  @Test
  void queryWithOnlyANameRunsTheStoredQuery() {
    run("queries", "add", graph, "--file", people.toString());

    Run csv = run("query", graph, "--name", "get_person", "--params", "{\"name\":\"Alice\"}", "--format", "csv");
    assertThat(csv.exit()).as(csv.err()).isZero();
    assertThat(csv.out().lines()).containsExactly("p.name,p.age", "Alice,30");
    Run friends = run("query", graph, "--name", "friends_of", "--params", "{\"name\":\"Alice\"}", "--format", "json");
    assertThat(friends.out()).isEqualTo("[\n  {\"f.name\":\"Bob\"}\n]\n");
    Run plan = run("explain", graph, "--name", "get_person");
    assertThat(plan.exit()).as(plan.err()).isZero();
    assertThat(plan.out()).contains("LanceTableScan(table=[node:Person]");
  }

  @Test
  void unknownStoredNamesAndStoredMutationsFailWithOneLine() {
    run("queries", "add", graph, "--file", people.toString());

    Run unknown = run("query", graph, "--name", "get_persn");
    assertThat(unknown.exit()).isEqualTo(1);
    assertThat(unknown.err()).isEqualTo("error: query 'get_persn' not found; did you mean get_person?\n");
    Run mutation = run("query", graph, "--name", "add_person", "--params", "{\"name\":\"Cy\"}");
    assertThat(mutation.exit()).isEqualTo(1);
    assertThat(mutation.err()).isEqualTo("error: query `add_person` is a mutation; run it with mutate "
        + "(`omnigraph mutate <graph> --name add_person`, Graph.mutateStored), not query\n");
  }

  @Test
  void mutateWithOnlyANameRunsTheStoredMutationAndItsErrorsNameTheQuery() throws Exception {
    run("queries", "add", graph, "--file", people.toString());
    Path friends = dir.resolve("friends.gq");
    Files.writeString(friends, "query befriend($from: String, $to: String) {\n    insert Knows { from: $from, to: $to }\n}\n");
    run("queries", "add", graph, "--file", friends.toString());

    Run added = run("mutate", graph, "--name", "add_person", "--params", "{\"name\":\"Cy\"}", "--format", "csv");
    assertThat(added.exit()).as(added.err()).isZero();
    assertThat(added.out().lines()).containsExactly("affected_nodes,affected_edges", "1,0");
    Run cy = run("query", graph, "--name", "get_person", "--params", "{\"name\":\"Cy\"}", "--format", "json");
    assertThat(cy.out()).isEqualTo("[\n  {\"p.name\":\"Cy\",\"p.age\":null}\n]\n");
    Run dangling = run("mutate", graph, "--name", "befriend", "--params", "{\"from\":\"Cy\",\"to\":\"Nobody\"}");
    assertThat(dangling.exit()).isEqualTo(1);
    assertThat(dangling.err()).startsWith("error: " + Path.of(graph, "_queries", "friends.gq") + ":2:5: stored mutation `befriend`: ")
        .contains("'Nobody' not found in Person");
    Run read = run("mutate", graph, "--name", "get_person", "--params", "{\"name\":\"Cy\"}");
    assertThat(read.exit()).isEqualTo(1);
    assertThat(read.err()).startsWith("error: mutation execution called on read query `get_person`; use query instead");
  }

  @Test
  void aRefusedFileIsOneErrorLineNamingThePlaceAndRegistersNothing() throws Exception {
    Path twice = dir.resolve("twice.gq");
    Files.writeString(twice, PEOPLE + "query get_person() { match { $p: Person } return { $p.name } }\n");

    Run add = run("queries", "add", graph, "--file", twice.toString());
    assertThat(add.exit()).isEqualTo(1);
    assertThat(add.err()).isEqualTo("error: " + twice
        + ":12:1: query `get_person` is declared twice (first at line 1); stored query names must be unique\n");
    assertThat(run("queries", "list", graph).out()).isEmpty();
  }

  private static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cli = OmniGraphCli.commandLine(false);
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    int exit = cli.execute(args);
    return new Run(exit, out.toString(), err.toString());
  }
}
