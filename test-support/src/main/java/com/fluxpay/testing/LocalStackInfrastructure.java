package com.fluxpay.testing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Properties;

/** The local-stack module's executable jar, run as a child process that dies with this JVM. */
final class LocalStackInfrastructure extends Infrastructure {

    private static final Duration STARTUP_LIMIT = Duration.ofSeconds(90);

    private final Process process;
    private final Properties endpoints;

    private LocalStackInfrastructure(Process process, Properties endpoints) {
        this.process = process;
        this.endpoints = endpoints;
    }

    static LocalStackInfrastructure start() {
        Path jar = locateJar();
        try {
            Path dir = Files.createTempDirectory("fluxpay-test-stack");
            Path stateFile = dir.resolve("local-stack.properties");
            Path log = dir.resolve("local-stack.log");
            String java = ProcessHandle.current().info().command().orElse("java");
            var command = List.of(java, "-Xmx1g", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-jar", jar.toString(),
                    "--dir", dir.toString(), "--state-file", stateFile.toString(), "--fast",
                    "--watch-parent", Long.toString(ProcessHandle.current().pid()));
            Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
            return new LocalStackInfrastructure(process, awaitState(process, stateFile, log));
        } catch (IOException e) {
            throw new IllegalStateException("could not start the local stack from " + jar, e);
        }
    }

    private static Path locateJar() {
        String configured = System.getProperty("fluxpay.localstack.jar");
        if (configured != null && Files.isRegularFile(Path.of(configured))) {
            return Path.of(configured);
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("local-stack/target/local-stack-exec.jar");
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("No Docker engine answers and the local stack is not built: run "
                + "'./mvnw -pl local-stack package -DskipTests' (or set -Dfluxpay.localstack.jar=...)");
    }

    private static Properties awaitState(Process process, Path stateFile, Path log) throws IOException {
        Instant deadline = Instant.now().plus(STARTUP_LIMIT);
        while (!Files.exists(stateFile)) {
            if (!process.isAlive() || Instant.now().isAfter(deadline)) {
                process.destroyForcibly();
                throw new IllegalStateException("the local stack did not start; its log says:\n" + tail(log));
            }
            sleep();
        }
        var properties = new Properties();
        try (InputStream in = Files.newInputStream(stateFile)) {
            properties.load(in);
        }
        return properties;
    }

    private static String tail(Path log) throws IOException {
        List<String> lines = Files.exists(log) ? Files.readAllLines(log) : List.of("(no log)");
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    }

    private static void sleep() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the local stack started", e);
        }
    }

    @Override
    public String kafkaBootstrapServers() {
        return endpoints.getProperty("kafka.bootstrap-servers");
    }

    @Override
    public String jdbcUrl() {
        return endpoints.getProperty("postgres.url");
    }

    @Override
    protected String adminJdbcUrl() {
        return endpoints.getProperty("postgres.admin-url");
    }

    @Override
    public String username() {
        return endpoints.getProperty("postgres.username");
    }

    @Override
    public String password() {
        return endpoints.getProperty("postgres.password");
    }

    @Override
    public String redisUrl() {
        return endpoints.getProperty("redis.url");
    }

    @Override
    public String pspUrl() {
        return endpoints.getProperty("psp.url");
    }

    @Override
    protected void stop() {
        process.destroy();
        try {
            if (!process.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
