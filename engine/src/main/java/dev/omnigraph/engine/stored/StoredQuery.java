package dev.omnigraph.engine.stored;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The catalog descriptor of one stored query ({@code surface.md} §5: {@code {name, description,
 * instruction, mutation, params}}), plus the registered file it comes from. Immutable.
 *
 * @param name the declared name, which is the registry key ({@code gq-language.md} §11)
 * @param description the {@code @description("...")} text, or null
 * @param instruction the {@code @instruction("...")} text, or null
 * @param mutation true when the body is mutation statements (this version stores but does not
 *     run them; running one fails with {@code UNSUPPORTED})
 * @param params the declared parameters in declaration order, which is also the order of JDBC
 *     {@code CALL} arguments
 * @param file the registered file name under {@code <graph>/_queries/}, e.g. {@code people.gq}
 */
public record StoredQuery(String name, String description, String instruction, boolean mutation,
    List<StoredParam> params, String file) {

  public StoredQuery {
    params = List.copyOf(params);
  }

  /** The name and declared parameters, e.g. {@code friends_of($name: String, $limit: I32?)}. */
  public String signature() {
    return params.stream().map(StoredParam::declaration).collect(Collectors.joining(", ", name + "(", ")"));
  }
}
