package dev.omnigraph.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.omnigraph.engine.Graph;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import sqlline.SqlLine;

/**
 * A scripted sqlline session (ecosystem.md §2: a JDBC client people really use) against the
 * pharma-intel cookbook graph: sqlline's metadata commands ({@code !tables}, {@code !columns},
 * {@code !primarykeys}, {@code !importedkeys}) and SQL, {@code .gq} and stored-query statements,
 * run through {@code jdbc:omnigraph:} as a user would type them, with sqlline's CSV output checked.
 */
class SqllineSessionIT {
  @TempDir static Path dir;
  static String url;

  @BeforeAll
  static void createGraph() {
    Path cookbook = CookbookGraph.cookbookDir("pharma-intel");
    try (Graph graph = Graph.init(dir.resolve("pharma"), cookbook.resolve("schema.pg"))) {
      graph.load(cookbook.resolve("seed.jsonl"));
      graph.registerQueries(cookbook.resolve("queries").resolve("compounds.gq"));
    }
    url = "jdbc:omnigraph:" + dir.resolve("pharma");
  }

  /** Runs {@code script} in sqlline connected to the graph; returns everything it printed. */
  private static String session(String script) throws IOException {
    return session(script, SqlLine.Status.OK);
  }

  /** As {@link #session(String)}, expecting sqlline to end with {@code expected}. */
  private static String session(String script, SqlLine.Status expected) throws IOException {
    Path file = Files.writeString(dir.resolve("script-" + System.nanoTime() + ".sql"), script);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PrintStream print = new PrintStream(out, true, StandardCharsets.UTF_8);
    SqlLine sqlline = new SqlLine();
    sqlline.setOutputStream(print);
    sqlline.setErrorStream(print);
    SqlLine.Status status = sqlline.begin(new String[] {"-u", url, "-n", "", "-p", "", "--outputformat=csv",
        "--showWarnings=false", "--maxWidth=400", "-f", file.toString()}, null, false);
    String printed = out.toString(StandardCharsets.UTF_8);
    assertThat(status).as(printed).isEqualTo(expected);
    return printed;
  }

  @Test
  void metadataCommandsListTheGraph() throws IOException {
    String printed = session("""
        !tables
        !columns Compound
        !primarykeys Compound
        !importedkeys DevelopedByCompany
        """);
    assertThat(printed).contains("'Compound'", "'Company'", "'DevelopedByCompany'", "'TargetsMechanism'");
    assertThat(printed).contains("'phase'", "'VARCHAR'", "'createdAt'", "'TIMESTAMP WITH TIME ZONE'");
    assertThat(printed).contains("'Compound','modality','12','VARCHAR','14'");
    assertThat(printed).contains("'Compound','slug','1','Compound_pkey'");
    assertThat(printed).contains("'Compound','id','pharma','main','DevelopedByCompany','src'");
    assertThat(printed).contains("'Company','id','pharma','main','DevelopedByCompany','dst'");
  }

  @Test
  void sqlGqAndStoredQueriesRun() throws IOException {
    String printed = session("""
        SELECT "phase", COUNT(*) AS "n" FROM "Compound" GROUP BY "phase" ORDER BY "phase";
        SELECT co."name" AS "company" FROM "Compound" c JOIN "DevelopedByCompany" d ON d."src" = c."id" JOIN "Company" co ON co."id" = d."dst" WHERE c."slug" = 'comp-orforglipron';
        query lilly() { match { $c: Compound { slug: "comp-orforglipron" } $c developedByCompany $co } return { $co.slug } };
        CALL compounds_by_phase('phase-1');
        """);
    assertThat(printed).contains("'phase','n'", "'approved','2'", "'phase-3','6'", "'phase-1','1'");
    assertThat(printed).contains("'company'", "'Eli Lilly");
    assertThat(printed).contains("'co.slug'", "'co-eli-lilly'");
    assertThat(printed).contains("'c.slug','c.name'", "'comp-ct-996','CT-996'");
  }

  @Test
  void anErrorShowsTheEnginesMessageAndSqlState() throws IOException {
    String printed = session("""
        SELECT * FROM "NoSuchTable";
        """, SqlLine.Status.OTHER);
    assertThat(printed).contains("Object 'NoSuchTable' not found", "state=42704");
  }
}
