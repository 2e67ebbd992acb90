package com.fluxpay.bench;

import java.nio.file.Path;
import java.time.Duration;

/**
 * What one run does. Every number has a ceiling so that a typo cannot turn the harness into a
 * denial-of-service against the machine it shares with other people's work.
 *
 * @param rate        open loop: checkouts started per second, by the clock (0 = closed loop)
 * @param concurrency closed loop: clients each running checkouts back to back
 * @param duration    how long results are recorded, after the warm-up
 * @param warmup      how long checkouts run first without being recorded (JIT, connection pools, caches)
 * @param maxInFlight open loop: checkouts allowed in flight at once; arrivals beyond it are counted as
 *                    dropped (never queued: queueing them would hide the delay, i.e. coordinated omission)
 * @param sagaTimeout how long one checkout may take end to end before it counts as timed out
 */
record BenchConfig(int rate, int concurrency, Duration duration, Duration warmup, int maxInFlight,
                   Duration sagaTimeout, int gatewayPort, Path resultsDir, Path adminTokenFile) {

    static final int MAX_RATE = 5_000;
    static final int MAX_CONCURRENCY = 2_000;
    static final Duration MAX_DURATION = Duration.ofMinutes(10);

    boolean openLoop() {
        return rate > 0;
    }

    String mode() {
        return openLoop() ? "open-loop" : "closed-loop";
    }

    static BenchConfig parse(String[] args) {
        int rate = 25;
        int concurrency = 0;
        int duration = 30;
        int warmup = 10;
        int maxInFlight = 2_000;
        int sagaTimeout = 30;
        int port = 8080;
        Path results = Path.of("bench/results");
        Path token = Path.of(".fluxpay/admin-token");
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            String value = i + 1 < args.length ? args[i + 1] : null;
            switch (arg) {
                case "--rate" -> { rate = number(arg, value); i++; }
                case "--concurrency" -> { concurrency = number(arg, value); i++; }
                case "--duration" -> { duration = number(arg, value); i++; }
                case "--warmup" -> { warmup = number(arg, value); i++; }
                case "--max-in-flight" -> { maxInFlight = number(arg, value); i++; }
                case "--saga-timeout" -> { sagaTimeout = number(arg, value); i++; }
                case "--port" -> { port = number(arg, value); i++; }
                case "--results" -> { results = Path.of(require(arg, value)); i++; }
                case "--admin-token-file" -> { token = Path.of(require(arg, value)); i++; }
                default -> throw new IllegalArgumentException("unknown option " + arg + "\n" + usage());
            }
        }
        // --concurrency alone means closed loop; with --rate too, the rate wins and concurrency is unused
        boolean rateGiven = java.util.Arrays.asList(args).contains("--rate");
        if (concurrency > 0 && !rateGiven) {
            rate = 0;
        }
        check(rate >= 0 && rate <= MAX_RATE, "--rate must be 0.." + MAX_RATE);
        check(rate > 0 || (concurrency >= 1 && concurrency <= MAX_CONCURRENCY), "--concurrency must be 1.." + MAX_CONCURRENCY);
        check(duration >= 1 && duration <= MAX_DURATION.toSeconds(), "--duration must be 1.." + MAX_DURATION.toSeconds() + " s");
        check(warmup >= 0 && warmup <= 120, "--warmup must be 0..120 s");
        check(maxInFlight >= 1 && maxInFlight <= 10_000, "--max-in-flight must be 1..10000");
        check(sagaTimeout >= 1 && sagaTimeout <= 120, "--saga-timeout must be 1..120 s");
        return new BenchConfig(rate, concurrency, Duration.ofSeconds(duration), Duration.ofSeconds(warmup),
                maxInFlight, Duration.ofSeconds(sagaTimeout), port, results, token);
    }

    static String usage() {
        return """
                usage: ./fluxpay bench [--rate N | --concurrency C] [--duration S] [--warmup S]
                                       [--max-in-flight N] [--saga-timeout S] [--port P] [--results DIR]
                  --rate N          open loop: N checkouts/s scheduled by the clock (default 25)
                  --concurrency C   closed loop: C clients back to back (used when --rate is not given)
                  --duration S      recorded seconds after the warm-up (default 30, at most 600)
                  --warmup S        unrecorded seconds first (default 10)""";
    }

    private static int number(String option, String value) {
        try {
            return Integer.parseInt(require(option, value));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " wants a whole number, not '" + value + "'");
        }
    }

    private static String require(String option, String value) {
        if (value == null) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return value;
    }

    private static void check(boolean ok, String message) {
        if (!ok) {
            throw new IllegalArgumentException(message);
        }
    }
}
