package dev.omnigraph.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.omnigraph.engine.Graph;
import dev.omnigraph.flight.FlightSqlServer;
import dev.omnigraph.flight.ServerOptions;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The single jar {@code omnigraph-jdbc-<version>-all.jar} ({@code ecosystem.md} §2.5): checked entry
 * by entry, then used alone from a fresh class loader in a child JVM, with and without the JVM flag
 * Arrow needs, embedded and against a Flight SQL server ({@code jdbc:omnigraph://host:port}). Skips when the jar was not built ({@code -Djdbc.skipAllJar=false}) or is older than
 * the engine the tests run with; the path comes from the system property {@value #JAR_PROPERTY}.
 */
class ShadedJarIT {
  static final String JAR_PROPERTY = "omnigraph.jdbc.allJar";
  static final String ADD_OPENS = "--add-opens=java.base/java.nio=ALL-UNNAMED";

  @TempDir
  static Path dir;
  static Path jar;
  static Path graph;

  @BeforeAll
  static void createGraph() {
    String configured = System.getProperty(JAR_PROPERTY);
    jar = configured == null ? null : Path.of(configured);
    assumeTrue(jar != null && Files.isRegularFile(jar),
        () -> "no single jar at " + configured + "; build it with mvn -pl jdbc-driver package -Djdbc.skipAllJar=false");
    assumeTrue(newerThanTheEngine(jar), () -> jar + " is older than the engine on the test class path; rebuild it with"
        + " -Djdbc.skipAllJar=false (a stale jar may not read graphs the current engine writes)");
    graph = dir.resolve("people.omni");
    try (Graph created = Graph.init(graph, """
        node Person { slug: String @key  name: String }
        node Company { name: String @key }
        edge Knows: Person -> Person
        edge WorksAt: Person -> Company
        """, "s.pg")) {
      created.load("""
          {"type":"Person","data":{"slug":"ada","name":"Ada"}}
          {"type":"Person","data":{"slug":"bob","name":"Bob"}}
          {"type":"Company","data":{"name":"Acme"}}
          {"edge":"WorksAt","from":"ada","to":"Acme"}
          {"edge":"WorksAt","from":"bob","to":"Acme"}
          {"edge":"Knows","from":"ada","to":"bob"}
          """, "d.jsonl");
    }
  }

  @Test
  void registersOnlyOurDriverAndKeepsNoSignatures() throws IOException {
    try (JarFile file = new JarFile(jar.toFile())) {
      String drivers = new String(file.getInputStream(file.getEntry("META-INF/services/java.sql.Driver")).readAllBytes(),
          StandardCharsets.UTF_8).trim();
      assertThat(drivers).isEqualTo("dev.omnigraph.jdbc.OmniGraphDriver");
      List<String> names = Collections.list(file.entries()).stream().map(e -> e.getName()).toList();
      assertThat(names).noneMatch(n -> n.matches("META-INF/[^/]*\\.(SF|RSA|DSA|EC)"));
      assertThat(names).noneMatch(n -> n.startsWith("META-INF/versions/"));
    }
  }

  @Test
  void relocatesPureJavaDependenciesAndKeepsNativeOnesInPlace() throws IOException {
    try (JarFile file = new JarFile(jar.toFile())) {
      List<String> classes = Collections.list(file.entries()).stream().map(e -> e.getName())
          .filter(n -> n.endsWith(".class")).toList();
      for (String relocated : List.of("com/fasterxml/jackson/", "com/google/common/", "org/antlr/v4/", "org/apache/commons/")) {
        assertThat(classes).as(relocated).noneMatch(n -> n.startsWith(relocated))
            .anyMatch(n -> n.startsWith("dev/omnigraph/jdbc/shaded/" + relocated));
      }
      for (String kept : List.of("org/lance/", "org/apache/arrow/c/", "org/apache/arrow/dataset/", "org/apache/calcite/")) {
        assertThat(classes).as(kept).anyMatch(n -> n.startsWith(kept));
      }
      assertThat(classes).contains("dev/omnigraph/jdbc/OmniGraphDriver.class");
    }
  }

  @Test
  void connectsAndQueriesFromAFreshClassLoader() throws Exception {
    Run run = child(true, null);
    assertThat(run.exitCode).as(run.output).isZero();
    assertThat(run.output.lines()).contains("count=2", "join=Ada:Acme", "gq=Ada", "tables=4");
  }

  @Test
  void connectsToAFlightSqlServerFromAFreshClassLoader() throws Exception {
    try (Graph served = Graph.open(graph); FlightSqlServer server = FlightSqlServer.start(served, ServerOptions.local(0))) {
      Run run = child(true, "jdbc:omnigraph://" + server.address());
      assertThat(run.exitCode).as(run.output).isZero();
      assertThat(run.output.lines()).contains("count=2", "join=Ada:Acme", "gq=Ada", "tables=4");
    }
  }

  @Test
  void withoutTheAddOpensFlagArrowCannotStart() throws Exception {
    Run run = child(false, null);
    assertThat(run.exitCode).isNotZero();
    assertThat(run.output).contains("java.nio");
  }

  private static boolean newerThanTheEngine(Path jar) {
    try {
      Path engine = Path.of(Graph.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      return Files.getLastModifiedTime(jar).compareTo(Files.getLastModifiedTime(engine)) >= 0;
    } catch (IOException | java.net.URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private record Run(int exitCode, String output) {}

  /** Runs {@link ShadedJarClient} on the graph, or on {@code remoteUrl} when given. */
  private static Run child(boolean addOpens, String remoteUrl) throws Exception {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    if (addOpens) {
      command.add(ADD_OPENS);
    }
    command.addAll(List.of("-cp", Path.of(ShadedJarClient.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString(),
        ShadedJarClient.class.getName(), jar.toString(), remoteUrl == null ? "jdbc:omnigraph:" + graph : remoteUrl));
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
    return new Run(process.exitValue(), output);
  }
}
