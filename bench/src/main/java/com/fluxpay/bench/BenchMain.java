package com.fluxpay.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

/**
 * ./fluxpay bench: drives checkouts through the gateway of the local fleet and reports throughput and
 * latency percentiles (stdout, bench/results/TIMESTAMP.json and .svg). See docs/performance.md.
 */
public final class BenchMain {

    private BenchMain() {
    }

    public static void main(String[] args) throws Exception {
        if (java.util.Arrays.asList(args).contains("--help") || java.util.Arrays.asList(args).contains("-h")) {
            System.out.println(BenchConfig.usage());
            return;
        }
        BenchConfig config;
        try {
            config = BenchConfig.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("bench: " + e.getMessage());
            System.exit(2);
            return;
        }
        String stamp = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC).format(Instant.now());
        Gateway gateway = new Gateway(config.gatewayPort());
        String tenant;
        try {
            tenant = gateway.createTenant(adminToken(config), "bench-" + stamp);
        } catch (IOException e) {
            System.err.println("bench: cannot create the bench tenant (is the fleet up? ./fluxpay up): " + e.getMessage());
            System.exit(1);
            return;
        }
        System.out.printf("bench: %s, %s, warm-up %d s + %d s measured, tenant %s%n", config.mode(),
                config.openLoop() ? config.rate() + " checkouts/s" : config.concurrency() + " clients",
                config.warmup().toSeconds(), config.duration().toSeconds(), tenant);

        LoadDriver driver = new LoadDriver(config, new Checkout(gateway, config.sagaTimeout().toNanos()));
        CpuSampler cpu = new CpuSampler(Path.of(".fluxpay/pids"));
        AtomicReference<CpuSampler.Reading> cpuFrom = new AtomicReference<>();
        AtomicReference<CpuSampler.Reading> cpuTo = new AtomicReference<>();
        // CPU is read at the edges of the measured window, from a thread of its own
        Thread cpuWatch = Thread.ofVirtual().start(() -> {
            try {
                Thread.sleep(config.warmup().toMillis());
                cpuFrom.set(cpu.read());
                Thread.sleep(config.duration().toMillis());
                cpuTo.set(cpu.read());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        LoadDriver.Window window = driver.run();
        cpuWatch.join(5_000);

        Results results = new Results(driver.samples(), window);
        Map<String, Object> summary = summary(config, stamp, tenant, results, cpuFrom.get(), cpuTo.get());
        Files.createDirectories(config.resultsDir());
        Path json = config.resultsDir().resolve(stamp + ".json");
        Path svg = config.resultsDir().resolve(stamp + ".svg");
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(json.toFile(), summary);
        String title = "FluxPay checkout bench " + stamp + ": " + config.mode() + ", "
                + (config.openLoop() ? config.rate() + "/s target" : config.concurrency() + " clients")
                + String.format(", achieved %.1f/s", results.throughput());
        Files.writeString(svg, SvgPlot.render(title, results));
        Report.print(summary, System.out);
        System.out.println("  written: " + json + " and " + svg);
    }

    private static String adminToken(BenchConfig config) throws IOException {
        String fromEnv = System.getenv("FLUXPAY_ADMIN_TOKEN");
        if (fromEnv != null && !fromEnv.isBlank()) {
            return fromEnv.trim();
        }
        if (!Files.isReadable(config.adminTokenFile())) {
            throw new IOException("no FLUXPAY_ADMIN_TOKEN and no " + config.adminTokenFile());
        }
        return Files.readString(config.adminTokenFile()).trim();
    }

    private static Map<String, Object> summary(BenchConfig config, String stamp, String tenant, Results r,
                                               CpuSampler.Reading cpuFrom, CpuSampler.Reading cpuTo) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("timestamp", stamp);
        s.put("mode", config.mode());
        s.put("targetRate", config.openLoop() ? config.rate() : null);
        s.put("concurrency", config.openLoop() ? null : config.concurrency());
        s.put("warmupSeconds", config.warmup().toSeconds());
        s.put("durationSeconds", config.duration().toSeconds());
        s.put("tenant", tenant);
        s.put("machine", Map.of("cores", Runtime.getRuntime().availableProcessors(),
                "javaVersion", System.getProperty("java.version")));
        Map<String, Object> checkouts = new LinkedHashMap<>();
        checkouts.put("scheduled", r.scheduled);
        checkouts.put("completed", r.completed);
        checkouts.put("failed", r.scheduled - r.completed);
        checkouts.put("completedInWindow", r.completedInWindow);
        s.put("checkouts", checkouts);
        s.put("throughputPerSecond", Math.round(r.throughput() * 10) / 10.0);
        s.put("offeredPerSecond", Math.round(r.scheduled / r.windowSeconds * 10) / 10.0);
        Map<String, Object> latency = new LinkedHashMap<>();
        latency.put("orderAcceptMs", Results.percentiles(r.orderAccept));
        latency.put("paymentAcceptMs", Results.percentiles(r.paymentAccept));
        latency.put("endToEndMs", Results.percentiles(r.endToEnd));
        s.put("latency", latency);
        s.put("acceptStatuses", r.acceptStatuses);
        s.put("errors", r.errors);
        if (cpuFrom != null && cpuTo != null) {
            Map<String, Object> cpu = new LinkedHashMap<>();
            cpu.put("machineBusyPercent", CpuSampler.machineBusyPercent(cpuFrom, cpuTo));
            Map<String, Double> cores = CpuSampler.coresUsed(cpuFrom, cpuTo);
            cpu.put("coresByComponent", cores);
            // work per checkout is what a noisy machine disturbs least: CPU-ms of each component per
            // checkout completed in the window (the harness's own excluded from the fleet's total)
            double perSecond = r.throughput();
            if (perSecond > 0) {
                Map<String, Double> perCheckout = new LinkedHashMap<>();
                double fleet = 0;
                for (var entry : cores.entrySet()) {
                    double ms = entry.getValue() * 1000 / perSecond;
                    perCheckout.put(entry.getKey(), Math.round(ms * 10) / 10.0);
                    if (!entry.getKey().startsWith("bench")) {
                        fleet += ms;
                    }
                }
                cpu.put("msPerCheckout", perCheckout);
                cpu.put("fleetMsPerCheckout", Math.round(fleet * 10) / 10.0);
            }
            cpu.put("jitCores", CpuSampler.jitCores(cpuFrom, cpuTo));
            s.put("cpu", cpu);
        }
        return s;
    }
}
