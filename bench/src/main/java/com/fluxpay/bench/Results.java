package com.fluxpay.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.HdrHistogram.Histogram;

/**
 * The samples of one run, reduced to what the summary and the plot show. Only checkouts scheduled
 * inside the measured window count; the warm-up's are dropped here.
 */
final class Results {

    /** Latencies are recorded in microseconds, up to a minute, with 3 significant digits. */
    static Histogram histogram() {
        return new Histogram(60_000_000L, 3);
    }

    /** One second of the run (warm-up included, for the plot): latencies of checkouts scheduled in it. */
    record Second(int at, boolean warmup, Histogram orderAccept, Histogram paymentAccept, Histogram endToEnd,
                  int started, int completed, int failed) {}

    final Histogram orderAccept = histogram();
    final Histogram paymentAccept = histogram();
    final Histogram endToEnd = histogram();
    final Map<String, Integer> errors = new TreeMap<>();
    final Map<String, Integer> acceptStatuses = new TreeMap<>();
    final List<Second> seconds = new ArrayList<>();
    final int scheduled;
    final int completed;
    final int completedInWindow;
    final double windowSeconds;

    Results(List<Sample> all, LoadDriver.Window window) {
        int scheduledCount = 0;
        int completedCount = 0;
        int finishedInWindow = 0;
        for (Sample s : all) {
            // throughput as a steady observer sees it: checkouts that finished inside the window
            if (s.ok() && s.finishedAt() >= window.measureFrom() && s.finishedAt() < window.end()) {
                finishedInWindow++;
            }
            if (s.scheduledAt() < window.measureFrom()) {
                continue;
            }
            scheduledCount++;
            record(orderAccept, s.orderAccept());
            record(paymentAccept, s.paymentAccept());
            if (s.orderStatus() != 0) {
                acceptStatuses.merge("orders " + s.orderStatus(), 1, Integer::sum);
            }
            if (s.paymentStatus() != 0) {
                acceptStatuses.merge("payments " + s.paymentStatus(), 1, Integer::sum);
            }
            if (s.ok()) {
                completedCount++;
                record(endToEnd, s.endToEnd());
            } else {
                errors.merge(s.error(), 1, Integer::sum);
            }
        }
        this.scheduled = scheduledCount;
        this.completed = completedCount;
        this.completedInWindow = finishedInWindow;
        this.windowSeconds = window.seconds();
        perSecond(all, window);
    }

    double throughput() {
        return windowSeconds > 0 ? completedInWindow / windowSeconds : 0;
    }

    private void perSecond(List<Sample> all, LoadDriver.Window window) {
        int count = (int) Math.ceil((window.end() - window.start()) / 1e9);
        long warmupSeconds = (window.measureFrom() - window.start()) / 1_000_000_000L;
        for (int i = 0; i < count; i++) {
            seconds.add(new Second(i, i < warmupSeconds, histogram(), histogram(), histogram(), 0, 0, 0));
        }
        int[] started = new int[count];
        int[] completedAt = new int[count + 120];
        int[] failed = new int[count];
        for (Sample s : all) {
            int i = index(s.scheduledAt(), window, count);
            if (i < 0) {
                continue;
            }
            Second second = seconds.get(i);
            record(second.orderAccept(), s.orderAccept());
            record(second.paymentAccept(), s.paymentAccept());
            started[i]++;
            if (s.ok()) {
                record(second.endToEnd(), s.endToEnd());
                int done = (int) ((s.finishedAt() - window.start()) / 1_000_000_000L);
                if (done >= 0 && done < completedAt.length) {
                    completedAt[done]++;
                }
            } else {
                failed[i]++;
            }
        }
        for (int i = 0; i < count; i++) {
            Second s = seconds.get(i);
            seconds.set(i, new Second(i, s.warmup(), s.orderAccept(), s.paymentAccept(), s.endToEnd(),
                    started[i], completedAt[i], failed[i]));
        }
    }

    private static int index(long at, LoadDriver.Window window, int count) {
        long i = (at - window.start()) / 1_000_000_000L;
        return at < window.start() || i >= count ? -1 : (int) i;
    }

    private static void record(Histogram histogram, long nanos) {
        if (nanos >= 0) {
            histogram.recordValue(Math.min(nanos / 1_000, histogram.getHighestTrackableValue()));
        }
    }

    /** p50 … max in milliseconds, for the JSON and the stdout table. */
    static Map<String, Object> percentiles(Histogram h) {
        Map<String, Object> p = new java.util.LinkedHashMap<>();
        p.put("count", h.getTotalCount());
        if (h.getTotalCount() == 0) {
            return p;
        }
        p.put("p50", ms(h.getValueAtPercentile(50)));
        p.put("p90", ms(h.getValueAtPercentile(90)));
        p.put("p95", ms(h.getValueAtPercentile(95)));
        p.put("p99", ms(h.getValueAtPercentile(99)));
        p.put("max", ms(h.getMaxValue()));
        p.put("mean", ms((long) h.getMean()));
        return p;
    }

    static double ms(long micros) {
        return Math.round(micros / 100.0) / 10.0;
    }
}
