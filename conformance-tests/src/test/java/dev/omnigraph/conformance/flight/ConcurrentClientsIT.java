package dev.omnigraph.conformance.flight;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.arrow.flight.FlightClient;
import org.apache.arrow.flight.FlightRuntimeException;
import org.apache.arrow.flight.FlightStatusCode;
import org.apache.arrow.flight.sql.FlightSqlClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Several clients at once, some sending bad requests and some writing: every good call gets its
 * answer, every bad one its own status, and the server keeps serving. Bounded: 6 clients, 40 calls
 * each.
 */
class ConcurrentClientsIT {
  static final int CLIENTS = 6;
  static final int CALLS = 40;

  @TempDir
  Path dir;

  @Test
  @Timeout(value = 3, unit = TimeUnit.MINUTES)
  void goodAndBadCallsFromManyClientsGetTheirOwnAnswers() throws Exception {
    try (SocialGraphServer fixture = SocialGraphServer.start(dir)) {
      ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
      AtomicInteger rejected = new AtomicInteger();
      List<Future<Integer>> answered = new ArrayList<>();
      for (int c = 0; c < CLIENTS; c++) {
        int client = c;
        answered.add(pool.submit(() -> {
          int good = 0;
          try (FlightClient raw = fixture.newClient()) {
            FlightSqlClient sql = new FlightSqlClient(raw);
            for (int i = 0; i < CALLS; i++) {
              switch ((client + i) % 4) {
                case 0 -> good += fixture.rows(sql.execute("CALL friends_of('ada')")).size() == 2 ? 1 : 0;
                case 1 -> good += fixture.rows(sql.execute("SELECT slug FROM Person WHERE slug = 'grace'")).size() == 1 ? 1 : 0;
                case 2 -> good += sql.executeUpdate("query add() { insert Person { slug: \"c" + client + "_" + i
                    + "\", name: \"N\" } }") == 1 ? 1 : 0;
                default -> {
                  try {
                    sql.execute("query broken( {");
                  } catch (FlightRuntimeException e) {
                    if (e.status().code() == FlightStatusCode.INVALID_ARGUMENT) {
                      rejected.incrementAndGet();
                    }
                  }
                }
              }
            }
          }
          return good;
        }));
      }
      int good = 0;
      for (Future<Integer> future : answered) {
        good += future.get();
      }
      pool.shutdown();
      assertThat(good).isEqualTo(CLIENTS * CALLS * 3 / 4);
      assertThat(rejected.get()).isEqualTo(CLIENTS * CALLS / 4);
      assertThat(fixture.rows(fixture.client.execute("SELECT COUNT(*) FROM Person")).get(0).get(0)).isEqualTo(6L + CLIENTS * CALLS / 4);
    }
  }
}
