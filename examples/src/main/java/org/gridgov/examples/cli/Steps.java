package org.gridgov.examples.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.gridgov.examples.month.Progress;

/**
 * The progress of a command's long steps on stderr (进度条). On a terminal a step that runs longer
 * than two seconds grows a progress bar (me.tongfei:progressbar; a step that cannot count its
 * progress shows a running clock) that is cleared when the step ends; elsewhere (a pipe, a file, a CI log) each step that finished ends with one plain line
 * saying what it did and how long it took (a step that failed says nothing: the error line says
 * it). stdout is never touched.
 */
final class Steps {
  private static final Duration BAR_AFTER = Duration.ofSeconds(2);
  private static final ScheduledExecutorService TIMER = Executors.newSingleThreadScheduledExecutor(r -> {
    Thread t = new Thread(r, "gridgov-progress");
    t.setDaemon(true);
    return t;
  });
  private final PrintWriter err;
  private final boolean terminal;

  Steps(PrintWriter err, boolean terminal) {
    this.err = err;
    this.terminal = terminal;
  }

  /** Whether stderr of this process is a terminal (Linux: where fd 2 points; elsewhere: a console). */
  static boolean stderrIsTerminal() {
    try {
      Path fd = Path.of("/proc/self/fd/2");
      if (Files.exists(fd)) {
        String target = Files.readSymbolicLink(fd).toString();
        return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
      }
    } catch (java.io.IOException | UnsupportedOperationException | SecurityException e) {
      // fall through to the console check
    }
    return System.console() != null;
  }

  /** Starts a step of {@code total} units; close it when done. */
  Step start(String name, long total) {
    return new Step(name, total);
  }

  /** One step: hears its progress, shows it, and says when it is done. */
  final class Step implements Progress, AutoCloseable {
    private final String name;
    private final long started = System.nanoTime();
    private long total;
    private long done;
    private ProgressBar bar;
    private String outcome;
    private boolean closed;

    private final ScheduledFuture<?> timer;

    private Step(String name, long total) {
      this.name = name;
      this.total = total;
      this.timer = terminal ? TIMER.schedule(this::show, BAR_AFTER.toMillis(), TimeUnit.MILLISECONDS) : null;
    }

    /** Two seconds in: the bar appears (continuously updated, so a step without progress still shows its time). */
    private synchronized void show() {
      if (bar == null && outcome == null && !closed) {
        bar = new ProgressBarBuilder().setTaskName(name).setInitialMax(total > 1 ? total : -1)
            .setStyle(ProgressBarStyle.ASCII).setConsumer(new ConsoleProgressBarConsumer(System.err))
            .setUpdateIntervalMillis(200).continuousUpdate().clearDisplayOnFinish()
            .startsFrom(0, Duration.ofNanos(System.nanoTime() - started)).build();
        bar.stepTo(done);
      }
    }

    @Override
    public synchronized void at(long done, long total) {
      this.done = done;
      this.total = total;
      if (bar != null) {
        bar.maxHint(total > 1 ? total : -1);
        bar.stepTo(done);
      }
    }

    /** Marks the step done, with what it came to for its closing line (for example "5,451 tickets"). */
    synchronized void finished(String text) {
      this.outcome = text;
    }

    @Override
    public synchronized void close() {
      closed = true;
      if (timer != null) {
        timer.cancel(false);
      }
      if (bar != null) {
        if (total > 0) {
          bar.stepTo(total);
        }
        bar.close();
      }
      if (!terminal && outcome != null) {
        double seconds = (System.nanoTime() - started) / 1e9;
        err.printf(Locale.ROOT, "  %s%s (%.1f s)%n", name, outcome.isEmpty() ? "" : ": " + outcome, seconds);
        err.flush();
      }
    }
  }
}
