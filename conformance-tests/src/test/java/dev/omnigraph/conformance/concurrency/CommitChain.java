package dev.omnigraph.conformance.concurrency;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The graph's commit history as the tests read it from disk: from the manifest's head commit
 * ({@code _graph.json}) back through each record's first parent ({@code _commits/<id>.json}).
 */
final class CommitChain {
  private static final ObjectMapper JSON = new ObjectMapper();

  private CommitChain() {}

  /**
   * The commit ids from the one after {@code since} up to the head, oldest first.
   *
   * @throws AssertionError when {@code since} is not an ancestor of the head or a commit is not linear
   */
  static List<String> after(Path root, String since) throws IOException {
    String cursor = JSON.readTree(root.resolve("_graph.json").toFile()).get("head_commit").asText();
    List<String> chain = new ArrayList<>();
    while (!cursor.equals(since)) {
      chain.add(cursor);
      JsonNode parents = JSON.readTree(root.resolve("_commits").resolve(cursor + ".json").toFile()).get("parents");
      if (parents.size() != 1) {
        throw new AssertionError("commit " + cursor + " has " + parents.size() + " parents before reaching " + since);
      }
      cursor = parents.get(0).asText();
    }
    Collections.reverse(chain);
    return chain;
  }
}
