package dev.omnigraph.engine.exec;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The cursors of operators that need no state beyond their input: lists, concatenations
 * ({@code UNION ALL}), filters, projections, one-to-many expansions, limits.
 */
final class RowCursors {
  private RowCursors() {}

  /** The rows of {@code rows}, in order. */
  static RowCursor of(List<Object[]> rows) {
    Iterator<Object[]> it = rows.iterator();
    return new RowCursor() {
      @Override
      public Object[] next() {
        return it.hasNext() ? it.next() : null;
      }

      @Override
      public void close() {}
    };
  }

  /** Every row of {@code cursor}, which is then closed. */
  static List<Object[]> drain(RowCursor cursor) {
    try (cursor) {
      List<Object[]> out = new ArrayList<>();
      for (Object[] row = cursor.next(); row != null; row = cursor.next()) {
        out.add(row);
      }
      return out;
    }
  }

  /** The rows of each input in turn; each is opened when the one before it is exhausted. */
  static RowCursor concat(List<java.util.function.Supplier<RowCursor>> inputs) {
    return new RowCursor() {
      private int next;
      private RowCursor current;

      @Override
      public Object[] next() {
        while (true) {
          if (current == null) {
            if (next == inputs.size()) {
              return null;
            }
            current = inputs.get(next++).get();
          }
          Object[] row = current.next();
          if (row != null) {
            return row;
          }
          current.close();
          current = null;
        }
      }

      @Override
      public void close() {
        if (current != null) {
          current.close();
          current = null;
        }
        next = inputs.size();
      }
    };
  }

  /** The rows of {@code input} that {@code keep} accepts. */
  static RowCursor filter(RowCursor input, Predicate<Object[]> keep) {
    return new RowCursor() {
      @Override
      public Object[] next() {
        for (Object[] row = input.next(); row != null; row = input.next()) {
          if (keep.test(row)) {
            return row;
          }
        }
        return null;
      }

      @Override
      public void close() {
        input.close();
      }
    };
  }

  /**
   * The rows {@code expand} emits for each row of {@code input}, in order: zero or more per input
   * row, an input row being expanded only when the rows of the one before are consumed.
   */
  static RowCursor flatMap(RowCursor input, java.util.function.BiConsumer<Object[], java.util.function.Consumer<Object[]>> expand) {
    java.util.ArrayDeque<Object[]> pending = new java.util.ArrayDeque<>();
    return new RowCursor() {
      @Override
      public Object[] next() {
        while (pending.isEmpty()) {
          Object[] row = input.next();
          if (row == null) {
            return null;
          }
          expand.accept(row, pending::add);
        }
        return pending.poll();
      }

      @Override
      public void close() {
        pending.clear();
        input.close();
      }
    };
  }

  /**
   * {@code map} applied to each row of {@code input}; a row {@code map} turns into null is dropped
   * (an index join's left row without a match).
   */
  static RowCursor map(RowCursor input, Function<Object[], Object[]> map) {
    return new RowCursor() {
      @Override
      public Object[] next() {
        for (Object[] row = input.next(); row != null; row = input.next()) {
          Object[] mapped = map.apply(row);
          if (mapped != null) {
            return mapped;
          }
        }
        return null;
      }

      @Override
      public void close() {
        input.close();
      }
    };
  }

  /**
   * Rows {@code [offset, offset + fetch)} of {@code input}. Once the last of them is produced the
   * input is closed, so a limited scan stops reading.
   */
  static RowCursor slice(RowCursor input, long offset, long fetch) {
    return new RowCursor() {
      private long skipped;
      private long produced;
      private boolean closed;

      @Override
      public Object[] next() {
        if (closed) {
          return null;
        }
        while (skipped < offset) {
          if (input.next() == null) {
            close();
            return null;
          }
          skipped++;
        }
        if (produced >= fetch) {
          close();
          return null;
        }
        Object[] row = input.next();
        if (row == null) {
          close();
          return null;
        }
        produced++;
        return row;
      }

      @Override
      public void close() {
        if (!closed) {
          closed = true;
          input.close();
        }
      }
    };
  }
}
