package com.fluxpay.localstack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts the infrastructure FluxPay needs on a machine without Docker: a Kafka broker in KRaft mode,
 * PostgreSQL, Redis and WireMock as the sandbox PSP, each a real server on 127.0.0.1.
 *
 * <p>When every server answers, the endpoints are written to the state file (Java properties) and
 * "READY" is printed; whoever launched us reads that file. The stack stops on SIGTERM, or when the
 * process given by {@code --watch-parent} exits, so a killed test JVM never leaves servers behind.
 */
public final class LocalStack {

    private static final Logger log = LoggerFactory.getLogger(LocalStack.class);

    private final LocalStackOptions options;
    private final List<Server> started = new ArrayList<>();

    LocalStack(LocalStackOptions options) {
        this.options = options;
    }

    public static void main(String[] args) throws Exception {
        LocalStackOptions options;
        try {
            options = LocalStackOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("local-stack: " + e.getMessage());
            System.err.println(LocalStackOptions.USAGE);
            System.exit(2);
            return;
        }
        var stack = new LocalStack(options);
        Runtime.getRuntime().addShutdownHook(new Thread(stack::stop, "local-stack-shutdown"));
        try {
            stack.start();
        } catch (Exception e) {
            log.error("local stack failed to start: {}", e.getMessage(), e);
            System.exit(1);
        }
        options.parentPid().ifPresent(LocalStack::exitWhenParentExits);
        new CountDownLatch(1).await();
    }

    void start() throws IOException {
        Files.createDirectories(options.dir());
        var redis = new RedisServer(options.redisPort());
        List<Server> others = List.of(
                new PostgresServer(options.postgresPort(), options.dir().resolve("postgres"), options.durable()),
                new KafkaServer(options.kafkaPort(), options.dir().resolve("kafka")),
                new SandboxPspServer(options.pspPort(), options.pspFiles(), options.pspJournal()));
        // Redis goes first, alone: embedded-redis writes its binary to a file and runs it, and a process
        // forked meanwhile (PostgreSQL's initdb) would inherit that file open for writing, so the exec
        // fails with "Text file busy". It takes a fraction of a second.
        startOne(redis);
        // the others are independent; starting them side by side halves the wait on two cores.
        // Threads made here (not the common pool) inherit the fat jar's class loader, which Kafka's
        // reflective config lookups need.
        try (var executor = Executors.newThreadPerTaskExecutor(Thread.ofPlatform().name("start-", 0).factory())) {
            var futures = others.stream().map(server -> CompletableFuture.runAsync(() -> startOne(server), executor))
                    .toList();
            CompletableFuture.allOf(futures.toArray(CompletableFuture[]::new)).join();
        }
        List<Server> servers = new java.util.ArrayList<>(others);
        servers.add(redis);
        writeStateFile(servers);
        System.out.println("READY " + options.stateFile());
        System.out.flush();
    }

    private void startOne(Server server) {
        try {
            long begin = System.nanoTime();
            server.start();
            synchronized (started) {
                started.add(server);
            }
            log.info("{} ready in {} ms", server.name(), (System.nanoTime() - begin) / 1_000_000);
        } catch (Exception e) {
            throw new IllegalStateException(server.name() + " did not start: " + e.getMessage(), e);
        }
    }

    private void writeStateFile(List<Server> servers) throws IOException {
        var lines = new StringBuilder("pid=" + ProcessHandle.current().pid() + "\n");
        for (Server server : servers) {
            server.endpoints().forEach((key, value) -> lines.append(key).append('=').append(value).append('\n'));
        }
        Path tmp = options.stateFile().resolveSibling(options.stateFile().getFileName() + ".tmp");
        Files.createDirectories(options.stateFile().toAbsolutePath().getParent());
        Files.writeString(tmp, lines);
        // readers poll for the file: the rename makes it appear complete or not at all
        Files.move(tmp, options.stateFile(), java.nio.file.StandardCopyOption.ATOMIC_MOVE,
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    void stop() {
        List<Server> toStop;
        synchronized (started) {
            toStop = new ArrayList<>(started);
            started.clear();
        }
        for (Server server : toStop.reversed()) {
            try {
                server.stop();
            } catch (Exception e) {
                log.warn("{} did not stop cleanly: {}", server.name(), e.getMessage());
            }
        }
        try {
            Files.deleteIfExists(options.stateFile());
        } catch (IOException ignored) {
            // best effort: a stale file names a pid that no longer runs, which readers check
        }
    }

    private static void exitWhenParentExits(long pid) {
        ProcessHandle.of(pid).ifPresentOrElse(
                parent -> parent.onExit().thenRun(() -> {
                    log.info("parent process {} exited; stopping", pid);
                    System.exit(0);
                }),
                () -> System.exit(0));
    }
}
