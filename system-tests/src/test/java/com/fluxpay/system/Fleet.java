package com.fluxpay.system;

import com.fluxpay.testing.Infrastructure;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The seven services started from their executable jars as separate processes, on real infrastructure,
 * sharing one fresh database (each in its own schema) as in production.
 */
final class Fleet implements AutoCloseable {

    static final String ADMIN_TOKEN = "system-test-admin-token";
    static final List<String> SERVICES = List.of("gateway-service", "payment-service", "ledger-service",
            "credit-service", "subscription-service", "waiting-room-service", "notification-service");
    private static final Duration STARTUP_LIMIT = Duration.ofSeconds(240);

    private final Infrastructure infrastructure;
    private final String databaseUrl;
    private static Fleet shared;

    private final Map<String, Integer> ports = new LinkedHashMap<>();
    private final Map<String, Process> processes = new LinkedHashMap<>();
    private final Map<String, Path> jars = new LinkedHashMap<>();
    private final Path logs;

    private Fleet(Infrastructure infrastructure, String databaseUrl, Path logs) {
        this.infrastructure = infrastructure;
        this.databaseUrl = databaseUrl;
        this.logs = logs;
    }

    /** One fleet per test JVM: starting seven services costs half a minute, so the system tests share it. */
    static synchronized Fleet shared() throws Exception {
        if (shared == null) {
            shared = start();
        }
        return shared;
    }

    static Fleet start() throws Exception {
        var infrastructure = Infrastructure.shared();
        Path root = repositoryRoot();
        var fleet = new Fleet(infrastructure, infrastructure.createDatabase("fleet"),
                Files.createDirectories(root.resolve("system-tests/target/fleet-logs")));
        Runtime.getRuntime().addShutdownHook(new Thread(fleet::close));
        for (String service : SERVICES) {
            fleet.launch(service, root.resolve(service + "/target/" + service + "-exec.jar"));
        }
        fleet.awaitReady();
        return fleet;
    }

    private void launch(String service, Path jar) throws IOException {
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: build the services first (./mvnw package)");
        }
        jars.put(service, jar);
        ports.put(service, freePort());
        processes.put(service, spawn(service));
    }

    private Process spawn(String service) throws IOException {
        Path jar = jars.get(service);
        int port = ports.get(service);
        String java = ProcessHandle.current().info().command().orElse("java");
        var builder = new ProcessBuilder(java, "-Xmx320m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                "-Xss512k", "-jar", jar.toString())
                .redirectErrorStream(true);
        Map<String, String> env = builder.environment();
        env.put("SERVER_PORT", Integer.toString(port));
        env.put("KAFKA_BOOTSTRAP_SERVERS", infrastructure.kafkaBootstrapServers());
        env.put("DATABASE_URL", databaseUrl);
        env.put("DATABASE_USERNAME", infrastructure.username());
        env.put("DATABASE_PASSWORD", infrastructure.password());
        env.put("DATABASE_POOL_SIZE", "5");
        env.put("REDIS_URL", infrastructure.redisUrl());
        env.put("PSP_SANDBOX_URL", infrastructure.pspUrl());
        env.put("FLUXPAY_LOG_FORMAT", "plain");
        env.put("FLUXPAY_ADMIN_TOKEN", ADMIN_TOKEN);
        // short leases, so a delivery whose sender was killed is re-sent within the test's patience
        env.put("FLUXPAY_WEBHOOKS_ATTEMPT_TIMEOUT", "3s");
        env.put("FLUXPAY_WEBHOOKS_LEASE", "8s");
        builder.redirectOutput(ProcessBuilder.Redirect.appendTo(logs.resolve(service + ".log").toFile()));
        return builder.start();
    }

    /** Another instance of a service on its own port, sharing everything else (database, Kafka, Redis). */
    synchronized String startSecondInstance(String service) throws Exception {
        String second = service + "#2";
        if (!processes.containsKey(second)) {
            jars.put(second, jars.get(service));
            ports.put(second, freePort());
            processes.put(second, spawn(second));
            awaitReady();
        }
        return url(second);
    }

    /** SIGKILL, as a crash would: no shutdown hooks, no graceful stop. */
    void kill(String service) throws InterruptedException {
        Process process = processes.get(service);
        process.destroyForcibly();
        process.waitFor(20, TimeUnit.SECONDS);
    }

    void restart(String service) throws Exception {
        processes.put(service, spawn(service));
        awaitReady();
    }

    private void awaitReady() throws Exception {
        var http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        long deadline = System.nanoTime() + STARTUP_LIMIT.toNanos();
        for (var entry : ports.entrySet()) {
            while (!ready(http, entry.getValue())) {
                if (System.nanoTime() > deadline || !processes.get(entry.getKey()).isAlive()) {
                    throw new IllegalStateException(entry.getKey() + " did not become ready; its log ends:\n"
                            + tail(logs.resolve(entry.getKey() + ".log")));
                }
                Thread.sleep(250);
            }
        }
    }

    private static boolean ready(HttpClient http, int port) {
        try {
            var response = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                    + "/actuator/health/readiness")).timeout(Duration.ofSeconds(2)).build(),
                    HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    String gatewayUrl() {
        return "http://127.0.0.1:" + ports.get("gateway-service");
    }

    int port(String service) {
        return ports.get(service);
    }

    String databaseUrl() {
        return databaseUrl;
    }

    Infrastructure infrastructure() {
        return infrastructure;
    }

    String url(String service) {
        return "http://127.0.0.1:" + ports.get(service);
    }

    @Override
    public synchronized void close() {
        processes.values().forEach(Process::destroy);
        for (Process process : processes.values()) {
            try {
                if (!process.waitFor(20, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            } catch (InterruptedException e) {
                process.destroyForcibly();
                Thread.currentThread().interrupt();
            }
        }
        processes.clear();
    }

    private static int freePort() throws IOException {
        try (var socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private static String tail(Path log) throws IOException {
        List<String> lines = Files.exists(log) ? Files.readAllLines(log) : List.of("(no log)");
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
    }

    static Path repositoryRoot() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.exists(dir.resolve("mvnw")) && Files.isDirectory(dir.resolve("system-tests"))) {
                return dir;
            }
        }
        throw new IllegalStateException("not inside the FluxPay repository");
    }
}
