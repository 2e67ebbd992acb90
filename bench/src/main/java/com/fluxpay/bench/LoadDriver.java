package com.fluxpay.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * Starts checkouts, either by the clock (open loop) or back to back (closed loop), and collects their
 * samples. Stops by itself: arrivals end at warm-up + duration, stragglers get the saga timeout plus a
 * little, then the run is over whatever is still in flight.
 */
final class LoadDriver {

    /** The run's time frame, in System.nanoTime() values. */
    record Window(long start, long measureFrom, long end) {
        double seconds() {
            return (end - measureFrom) / 1e9;
        }
    }

    private final BenchConfig config;
    private final Checkout checkout;
    private final ConcurrentLinkedQueue<Sample> samples = new ConcurrentLinkedQueue<>();

    LoadDriver(BenchConfig config, Checkout checkout) {
        this.config = config;
        this.checkout = checkout;
    }

    List<Sample> samples() {
        return new ArrayList<>(samples);
    }

    Window run() throws InterruptedException {
        long start = System.nanoTime();
        Window window = new Window(start, start + config.warmup().toNanos(),
                start + config.warmup().toNanos() + config.duration().toNanos());
        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            if (config.openLoop()) {
                openLoop(threads, window);
            } else {
                closedLoop(threads, window);
            }
            threads.shutdown();
            // every checkout bounds itself by the saga timeout; the margin covers one HTTP timeout more. Counted
            // from the window's end: the closed loop's clients only stop starting checkouts then (counted from
            // here, any closed-loop run longer than ~50 s was interrupted mid-window, and its interrupted clients
            // then spun through failed checkouts until the heap ran out)
            long grace = config.sagaTimeout().toSeconds() + 20;
            long untilEnd = Math.max(0, TimeUnit.NANOSECONDS.toSeconds(window.end() - System.nanoTime()));
            if (!threads.awaitTermination(untilEnd + grace, TimeUnit.SECONDS)) {
                System.err.println("bench: checkouts still running after " + grace + " s, abandoning them");
                threads.shutdownNow();
            }
        }
        return window;
    }

    /**
     * Arrival i is due at start + i / rate, whatever happened to arrival i-1: a slow gateway does not
     * slow the arrivals down (as a closed loop would), so its slowness shows up in the latencies.
     */
    private void openLoop(ExecutorService threads, Window window) {
        long period = 1_000_000_000L / config.rate();
        Semaphore inFlight = new Semaphore(config.maxInFlight());
        for (long i = 0; ; i++) {
            long due = window.start() + i * period;
            if (due >= window.end()) {
                return;
            }
            long wait = due - System.nanoTime();
            if (wait > 0) {
                LockSupport.parkNanos(wait);
            }
            if (!inFlight.tryAcquire()) {
                samples.add(Sample.dropped(due));
                continue;
            }
            threads.submit(() -> {
                try {
                    samples.add(checkout.run(due));
                } finally {
                    inFlight.release();
                }
            });
        }
    }

    /** C clients, each starting its next checkout when the last one ended: measures capacity, not latency under a given load. */
    private void closedLoop(ExecutorService threads, Window window) {
        for (int c = 0; c < config.concurrency(); c++) {
            threads.submit(() -> {
                long now;
                while ((now = System.nanoTime()) < window.end() && !Thread.currentThread().isInterrupted()) {
                    samples.add(checkout.run(now));
                }
            });
        }
    }
}
