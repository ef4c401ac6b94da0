package dev.omnigraph.engine.stored;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * Suggestions for a mistyped name: the known names within a small edit distance (at most 2, or a
 * third of the name's length when that is more), or that contain it or are contained in it;
 * closest first, at most three. Stateless.
 */
final class CloseNames {
  private static final int MAX_SUGGESTIONS = 3;

  private CloseNames() {}

  /** The names of {@code known} close to {@code wanted}, closest first (ties by name). */
  static List<String> of(String wanted, Collection<String> known) {
    int limit = Math.max(2, wanted.length() / 3);
    return known.stream()
        .filter(name -> distance(wanted, name) <= limit || name.contains(wanted) || wanted.contains(name))
        .sorted(Comparator.comparingInt((String name) -> distance(wanted, name)).thenComparing(Comparator.naturalOrder()))
        .limit(MAX_SUGGESTIONS)
        .toList();
  }

  /** The Levenshtein distance between two strings, case-sensitive. */
  static int distance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }
}
