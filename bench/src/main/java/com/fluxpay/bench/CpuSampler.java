package com.fluxpay.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * CPU used during the measured window, per component of the fleet and for the whole machine, read
 * from /proc. On a two-core machine the first question about any throughput figure is "who had the
 * CPU?", so the harness answers it itself rather than leaving it to a top taken at a random moment.
 * A component is the pid in its .fluxpay/pids file plus its direct children (PostgreSQL's backends).
 * Linux only; elsewhere it reports nothing.
 */
final class CpuSampler {

    /** A reading: clock ticks per component, and the machine's busy and total ticks. */
    record Reading(Map<String, Long> ticks, long jitTicks, long machineBusy, long machineTotal, long atNanos) {}

    private static final double TICKS_PER_SECOND = 100.0; // USER_HZ, 100 on every Linux we run on

    private final Path pidDir;

    CpuSampler(Path pidDir) {
        this.pidDir = pidDir;
    }

    Reading read() {
        Map<String, Long> ticks = new LinkedHashMap<>();
        Map<Long, Long> parentOf = parents();
        long jit = 0;
        for (Map.Entry<String, Long> component : components().entrySet()) {
            long pid = component.getValue();
            jit += jitTicksOf(pid);
            long sum = ticksOf(pid);
            for (var entry : parentOf.entrySet()) {
                if (entry.getValue() == pid) {
                    sum += ticksOf(entry.getKey());
                }
            }
            ticks.put(component.getKey(), sum);
        }
        ticks.put("bench (this harness)", ticksOf(ProcessHandle.current().pid()));
        long[] machine = machine();
        return new Reading(ticks, jit, machine[0], machine[1], System.nanoTime());
    }

    /**
     * Cores the fleet's JIT compiler threads (HotSpot's "C1 CompilerThreadN", "C2 CompilerThreadN") used: a
     * fleet still compiling is not warm, and its figures are not the steady state (docs/performance.md).
     */
    static double jitCores(Reading before, Reading after) {
        double seconds = (after.atNanos() - before.atNanos()) / 1e9;
        return seconds <= 0 ? 0 : round((after.jitTicks() - before.jitTicks()) / TICKS_PER_SECOND / seconds);
    }

    private static long jitTicksOf(long pid) {
        long sum = 0;
        try (Stream<Path> tasks = Files.list(Path.of("/proc", Long.toString(pid), "task"))) {
            for (Path task : tasks.toList()) {
                String name;
                try {
                    name = Files.readString(task.resolve("comm")).trim();
                } catch (IOException e) {
                    continue; // the thread ended
                }
                if (name.startsWith("C1 Compiler") || name.startsWith("C2 Compiler")) {
                    String[] fields = statFields(task);
                    if (fields != null) {
                        sum += Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            // not a JVM we can see, or not Linux
        }
        return sum;
    }

    /** Cores used on average between two readings, per component, plus "machine busy %" over both cores. */
    static Map<String, Double> coresUsed(Reading before, Reading after) {
        double seconds = (after.atNanos() - before.atNanos()) / 1e9;
        Map<String, Double> cores = new LinkedHashMap<>();
        if (seconds <= 0) {
            return cores;
        }
        after.ticks().forEach((name, ticks) -> {
            Long earlier = before.ticks().get(name);
            if (earlier != null) {
                cores.put(name, round((ticks - earlier) / TICKS_PER_SECOND / seconds));
            }
        });
        return cores;
    }

    static double machineBusyPercent(Reading before, Reading after) {
        long total = after.machineTotal() - before.machineTotal();
        return total <= 0 ? 0 : round(100.0 * (after.machineBusy() - before.machineBusy()) / total);
    }

    private Map<String, Long> components() {
        Map<String, Long> pids = new LinkedHashMap<>();
        try (Stream<Path> files = Files.list(pidDir)) {
            for (Path file : files.sorted().toList()) {
                String name = file.getFileName().toString().replace(".pid", "");
                List<String> lines = Files.readAllLines(file);
                if (!lines.isEmpty() && !name.equals("cds-training")) {
                    pids.put(name, Long.parseLong(lines.get(0).trim()));
                }
            }
        } catch (IOException | NumberFormatException e) {
            // no fleet started by ./fluxpay (or another layout): report the machine only
        }
        return pids;
    }

    private static long ticksOf(long pid) {
        String[] fields = statFields(pid);
        return fields == null ? 0 : Long.parseLong(fields[11]) + Long.parseLong(fields[12]); // utime + stime
    }

    private static Map<Long, Long> parents() {
        Map<Long, Long> parents = new HashMap<>();
        try (Stream<Path> entries = Files.list(Path.of("/proc"))) {
            entries.map(p -> p.getFileName().toString()).filter(n -> n.chars().allMatch(Character::isDigit))
                    .forEach(n -> {
                        String[] fields = statFields(Long.parseLong(n));
                        if (fields != null) {
                            parents.put(Long.parseLong(n), Long.parseLong(fields[1]));
                        }
                    });
        } catch (IOException e) {
            // not Linux
        }
        return parents;
    }

    /** The fields of /proc/PID/stat after the command name (which may contain spaces): [0] is the state. */
    private static String[] statFields(long pid) {
        return statFields(Path.of("/proc", Long.toString(pid)));
    }

    private static String[] statFields(Path proc) {
        try {
            String stat = Files.readString(proc.resolve("stat"));
            return stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private static long[] machine() {
        try {
            String[] cpu = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
            long total = 0;
            for (int i = 1; i < cpu.length && i <= 8; i++) {
                total += Long.parseLong(cpu[i]);
            }
            long idle = Long.parseLong(cpu[4]) + Long.parseLong(cpu[5]); // idle + iowait
            return new long[] {total - idle, total};
        } catch (IOException | RuntimeException e) {
            return new long[] {0, 0};
        }
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
