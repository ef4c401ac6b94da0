package dev.omnigraph.engine.failpoint;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Named fault-injection points at every boundary of the write and recovery paths
 * ({@code storage-recovery.md} §8). A point does nothing until a test enables it, either in
 * process with {@link #enable} or, for a child JVM, with the system property
 * {@code omnigraph.failpoints=name=action,name=action}. The names are the constants of
 * {@link Failpoint}.
 */
public final class Failpoints {
  /** The system property read once at class load. */
  public static final String PROPERTY = "omnigraph.failpoints";

  /** The line a {@link Action#PAUSE} point prints on standard error before it blocks. */
  public static final String PAUSED_PREFIX = "omnigraph failpoint paused: ";

  private static final Map<String, Action> ENABLED = new ConcurrentHashMap<>();

  static {
    String spec = System.getProperty(PROPERTY, "");
    for (String item : spec.split(",")) {
      if (!item.isBlank()) {
        String[] parts = item.split("=", 2);
        ENABLED.put(parts[0].trim(), parts.length == 2 ? Action.valueOf(parts[1].trim().toUpperCase(java.util.Locale.ROOT)) : Action.ERROR);
      }
    }
  }

  private Failpoints() {}

  /** What an enabled point does when reached. */
  public enum Action {
    /** Throw {@link FailpointException}, as an I/O failure at that point would. */
    ERROR,
    /** Stop the JVM at once, running no shutdown hooks or finally blocks (exit status 86). */
    CRASH,
    /** Print {@link #PAUSED_PREFIX} and the name on standard error, then block forever, so a parent can SIGKILL the process there. */
    PAUSE
  }

  /** Enables {@code point} with {@code action} until {@link #disable} or {@link #reset}. */
  public static void enable(Failpoint point, Action action) {
    ENABLED.put(point.id(), action);
  }

  /** Disables {@code point}. */
  public static void disable(Failpoint point) {
    ENABLED.remove(point.id());
  }

  /** Disables every point. */
  public static void reset() {
    ENABLED.clear();
  }

  /**
   * Marks that execution reached {@code point}: acts when the point is enabled, else returns.
   *
   * @throws FailpointException when the point is enabled with {@link Action#ERROR}
   */
  public static void hit(Failpoint point) {
    Action action = ENABLED.get(point.id());
    if (action == null) {
      return;
    }
    switch (action) {
      case ERROR -> throw new FailpointException(point);
      case CRASH -> Runtime.getRuntime().halt(86);
      case PAUSE -> {
        System.err.println(PAUSED_PREFIX + point.id());
        System.err.flush();
        while (true) {
          try {
            Thread.sleep(60_000);
          } catch (InterruptedException e) {
            // Keep blocking: only a kill ends a paused process.
          }
        }
      }
      default -> throw new IllegalStateException(action.toString());
    }
  }
}
