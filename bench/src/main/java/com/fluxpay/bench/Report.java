package com.fluxpay.bench;

import java.io.PrintStream;
import java.util.Map;

/** The summary as a human reads it at the end of a run. */
final class Report {

    private Report() {
    }

    @SuppressWarnings("unchecked")
    static void print(Map<String, Object> s, PrintStream out) {
        Map<String, Object> checkouts = (Map<String, Object>) s.get("checkouts");
        out.println();
        out.printf("  target        %s%n", s.get("targetRate") != null ? s.get("targetRate") + " checkouts/s (open loop)"
                : s.get("concurrency") + " clients (closed loop)");
        out.printf("  offered       %s checkouts/s   achieved %s checkouts/s (completed, measured window)%n",
                s.get("offeredPerSecond"), s.get("throughputPerSecond"));
        out.printf("  checkouts     %s scheduled, %s completed, %s failed%n",
                checkouts.get("scheduled"), checkouts.get("completed"), checkouts.get("failed"));
        out.printf("  %-16s %8s %8s %8s %8s %8s %8s%n", "latency (ms)", "count", "p50", "p90", "p95", "p99", "max");
        Map<String, Object> latency = (Map<String, Object>) s.get("latency");
        latency.forEach((name, value) -> {
            Map<String, Object> p = (Map<String, Object>) value;
            out.printf("  %-16s %8s %8s %8s %8s %8s %8s%n", name.replace("Ms", ""), p.get("count"),
                    p.getOrDefault("p50", "-"), p.getOrDefault("p90", "-"), p.getOrDefault("p95", "-"),
                    p.getOrDefault("p99", "-"), p.getOrDefault("max", "-"));
        });
        out.println("  accept statuses " + s.get("acceptStatuses"));
        Map<String, Object> errors = (Map<String, Object>) s.get("errors");
        out.println("  errors        " + (errors.isEmpty() ? "none" : errors));
        if (s.get("cpu") instanceof Map<?, ?> cpu) {
            out.println("  cpu           machine " + cpu.get("machineBusyPercent") + "% busy; cores used: "
                    + cpu.get("coresByComponent"));
            if (cpu.get("fleetMsPerCheckout") != null) {
                out.println("  cpu/checkout  fleet " + cpu.get("fleetMsPerCheckout") + " ms; by component (ms): "
                        + cpu.get("msPerCheckout"));
            }
            Object jit = cpu.get("jitCores");
            if (jit instanceof Number cores) {
                out.println("  jit           compiler threads used " + cores + " cores"
                        + (cores.doubleValue() >= 0.05 ? " - the fleet is still warming up; later runs will differ" : ""));
            }
        }
    }
}
