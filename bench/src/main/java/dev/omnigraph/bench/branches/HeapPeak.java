package dev.omnigraph.bench.branches;

/**
 * The peak Java heap in use while a task runs, sampled by a background thread every millisecond
 * ({@code Runtime.totalMemory() - freeMemory()}), reported above the heap in use when it started
 * (after a {@code System.gc()}). Arrow and Lance buffers live off the heap and are not counted.
 * A spike shorter than a millisecond can be missed. Not thread-safe: one measurement at a time.
 */
final class HeapPeak implements AutoCloseable {
  private final Thread sampler;
  private final long baseline;
  private volatile long peak;
  private volatile boolean running = true;

  private HeapPeak() {
    System.gc();
    baseline = used();
    peak = baseline;
    sampler = new Thread(() -> {
      while (running) {
        peak = Math.max(peak, used());
        try {
          Thread.sleep(1);
        } catch (InterruptedException e) {
          return;
        }
      }
    }, "heap-peak");
    sampler.setDaemon(true);
    sampler.start();
  }

  /** Starts sampling now. */
  static HeapPeak start() {
    return new HeapPeak();
  }

  /** The peak heap in use above the starting baseline so far, in MiB. */
  double peakMib() {
    peak = Math.max(peak, used());
    return (peak - baseline) / (1024.0 * 1024.0);
  }

  /** Stops the sampler thread. */
  @Override
  public void close() throws InterruptedException {
    running = false;
    sampler.join();
  }

  private static long used() {
    Runtime runtime = Runtime.getRuntime();
    return runtime.totalMemory() - runtime.freeMemory();
  }
}
