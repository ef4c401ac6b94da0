package dev.omnigraph.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A write derives the resident copy of the version it commits from the previous one
 * ({@code ResidentTable#after}); reads through it must return exactly what a fresh handle reads
 * from Lance: the same rows, in the same order, with the same Java value classes, for every
 * property type.
 */
class ResidentAfterWriteIT {
  private static final String SCHEMA = """
      node Thing {
        name: String @key
        flag: Bool?
        small: I32?
        big: I64?
        usmall: U32?
        ubig: U64?
        f: F32?
        d: F64?
        day: Date?
        at: DateTime?
        tags: [String]?
        nums: [I64]?
        v: Vector(3)?
        kind: enum(a, b)?
      }
      """;
  private static final String FIRST = """
      {"type":"Thing","data":{"name":"one","flag":true,"small":1,"big":10000000000,"usmall":7,"ubig":9000000000000000000,"f":1.5,"d":2.25,"day":"2024-02-29","at":"2024-02-29T10:11:12.345Z","tags":["x","y"],"nums":[1,2],"v":[0.5,1.0,1.5],"kind":"a"}}
      {"type":"Thing","data":{"name":"two"}}
      """;
  private static final String SECOND = """
      {"type":"Thing","data":{"name":"three","flag":false,"small":-3,"big":-4,"usmall":0,"ubig":0,"f":-0.25,"d":1e300,"day":"1970-01-01","at":"1969-12-31T23:59:59.999Z","tags":[],"nums":[],"v":[1,2,3],"kind":"b"}}
      """;
  private static final String ALL = "query q() { match { $t: Thing } return { $t.name, $t.flag, $t.small, $t.big, $t.usmall, $t.ubig, "
      + "$t.f, $t.d, $t.day, $t.at, $t.tags, $t.nums, $t.v, $t.kind } }";

  @TempDir
  Path dir;

  @Test
  void readsAfterAWriteMatchAFreshReadFromLance() {
    Path root = dir.resolve("g");
    List<List<Object>> written;
    try (Graph graph = Graph.init(root, SCHEMA, "schema.pg")) {
      graph.load(FIRST, "first.jsonl");
      rows(graph);
      graph.load(SECOND, "second.jsonl");
      written = rows(graph);
    }
    try (Graph fresh = Graph.open(root)) {
      List<List<Object>> reread = rows(fresh);
      assertThat(written).hasSize(3);
      assertThat(java.util.Arrays.deepEquals(written.stream().map(List::toArray).toArray(),
          reread.stream().map(List::toArray).toArray())).as("rows %s equal %s", written, reread).isTrue();
      for (int r = 0; r < reread.size(); r++) {
        for (int c = 0; c < reread.get(r).size(); c++) {
          Object a = written.get(r).get(c);
          Object b = reread.get(r).get(c);
          assertThat(a == null ? null : a.getClass()).as("class of row %d column %d", r, c).isEqualTo(b == null ? null : b.getClass());
        }
      }
    }
  }

  private static List<List<Object>> rows(Graph graph) {
    QueryResult result = graph.query(ALL, "q.gq", null, Map.of());
    List<List<Object>> out = new ArrayList<>();
    for (int i = 0; i < result.rowCount(); i++) {
      out.add(Arrays.asList(result.row(i)));
    }
    return out;
  }
}
