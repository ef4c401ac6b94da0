package dev.omnigraph.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every SQL query here gives the same rows on resident tables (read from memory, id index probes)
 * and with residency off (every table a Lance scan with pushed filters and limits), and a
 * non-empty answer, so neither path's pushdown changes a result.
 */
class SqlPathsAgreeIT {
  @TempDir
  static Path dir;
  static Graph resident;
  static Graph lance;

  @BeforeAll
  static void load() {
    Path example = Path.of("..", "examples", "social");
    Graph.init(dir.resolve("g"), example.resolve("schema.pg")).close();
    try (Graph writer = Graph.open(dir.resolve("g"))) {
      writer.load(example.resolve("data.jsonl"));
    }
    resident = Graph.open(dir.resolve("g"));
    lance = Graph.open(dir.resolve("g"), 0);
  }

  @AfterAll
  static void close() {
    resident.close();
    lance.close();
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "SELECT slug, name, born, city, level FROM Person ORDER BY slug",
      "SELECT slug FROM Person WHERE slug = 'ada'",
      "SELECT name FROM Person WHERE born > DATE '1991-01-01' ORDER BY name",
      "SELECT name FROM Person WHERE city <> 'London' AND level = 'senior' ORDER BY name",
      "SELECT name FROM Person WHERE name LIKE 'A%' OR city IS NULL ORDER BY name",
      "SELECT slug FROM Person WHERE slug IN ('ada', 'ken', 'nobody') ORDER BY slug",
      "SELECT slug FROM Company WHERE founded BETWEEN 1900 AND 2000 ORDER BY slug",
      "SELECT slug FROM Company WHERE founded > 1900.5 ORDER BY slug",
      "SELECT title, budget FROM Project WHERE budget >= 17000.5 ORDER BY title",
      "SELECT title FROM Project WHERE started >= TIMESTAMP '2022-01-01 00:00:00' ORDER BY title",
      "SELECT COUNT(*) FROM (SELECT * FROM Person LIMIT 3) t",
      "SELECT sector, COUNT(*), MIN(founded), MAX(name) FROM Company GROUP BY sector ORDER BY sector",
      "SELECT p.name, c.name FROM Person p JOIN WorksAt w ON w.src = p.id JOIN Company c ON c.id = w.dst ORDER BY p.name",
      "SELECT p.name, COUNT(k.dst) FROM Person p LEFT JOIN Knows k ON k.src = p.id GROUP BY p.name ORDER BY p.name",
      "SELECT name FROM Person p WHERE EXISTS (SELECT 1 FROM Contributes c WHERE c.src = p.id) ORDER BY name",
      "SELECT name FROM Person WHERE id NOT IN (SELECT src FROM Knows) ORDER BY name",
      "SELECT title FROM Project WHERE id IN (SELECT dst FROM Sponsors WHERE src = 'unisoft') ORDER BY title",
      "SELECT src FROM Knows UNION SELECT src FROM Contributes ORDER BY 1",
      "SELECT UPPER(city), CHAR_LENGTH(name) FROM Person WHERE city IS NOT NULL ORDER BY 1",
  })
  void residentAndLanceScansGiveTheSameRows(String sql) {
    List<List<Object>> fromMemory = resident.prepareSql(sql).execute(Map.of()).rowsAsLists();
    QueryResult fromLance = lance.prepareSql(sql).execute(Map.of());
    assertThat(fromMemory).as(sql).isNotEmpty();
    assertThat(fromLance.rowsAsLists()).as(sql).isEqualTo(fromMemory);
    assertThat(fromLance.lanceScans()).as(sql).isNotEmpty();
  }
}
