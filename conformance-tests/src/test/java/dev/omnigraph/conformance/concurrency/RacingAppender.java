package dev.omnigraph.conformance.concurrency;

import dev.omnigraph.engine.Graph;
import dev.omnigraph.engine.LoadMode;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * The child process of {@link CrossProcessAppendRaceIT}: opens a graph read-write, appends its own
 * warm-up record (so the write path is loaded and compiled before the race), prints
 * {@code ready}, then for every line read from stdin appends that line as a one-record JSONL load
 * and prints {@code ok} or {@code <ERROR_CODE> <message>}, one line per input line. Ends at the end
 * of stdin.
 */
public final class RacingAppender {
  private RacingAppender() {}

  /** {@code args}: the graph directory, then the warm-up JSONL record. */
  public static void main(String[] args) throws Exception {
    try (Graph graph = Graph.open(Path.of(args[0]));
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))) {
      graph.load(args[1] + "\n", "warmup.jsonl", LoadMode.APPEND);
      System.out.println("ready");
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        String record = line;
        String outcome;
        try {
          graph.load(record + "\n", "race.jsonl", LoadMode.APPEND);
          outcome = "ok";
        } catch (dev.omnigraph.compiler.diag.OmniGraphException e) {
          outcome = e.code().name() + " " + e.getMessage().replace('\n', ' ');
        }
        System.out.println(outcome);
      }
    }
  }
}
