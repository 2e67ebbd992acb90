package com.fluxpay.testing;

import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The real servers a test talks to. One set per test JVM, started on first use and stopped when the JVM
 * exits: the local stack (a separate process) where no Docker engine answers, Testcontainers where one
 * does. Test code does not know which; {@code FLUXPAY_TEST_INFRA=local-stack|containers} forces a choice.
 */
public abstract class Infrastructure {

    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static Infrastructure shared;

    public static synchronized Infrastructure shared() {
        if (shared == null) {
            shared = start();
            Runtime.getRuntime().addShutdownHook(new Thread(shared::stop, "infrastructure-shutdown"));
        }
        return shared;
    }

    private static Infrastructure start() {
        String choice = System.getenv().getOrDefault("FLUXPAY_TEST_INFRA", "auto").toLowerCase(Locale.ROOT);
        boolean containers = switch (choice) {
            case "containers" -> true;
            case "local-stack" -> false;
            default -> ContainerInfrastructure.dockerAnswers();
        };
        return containers ? ContainerInfrastructure.start() : LocalStackInfrastructure.start();
    }

    public abstract String kafkaBootstrapServers();

    /** The JDBC URL of the shared {@code fluxpay} database. */
    public abstract String jdbcUrl();

    public abstract String username();

    public abstract String password();

    public abstract String redisUrl();

    public abstract String pspUrl();

    protected abstract String adminJdbcUrl();

    protected abstract void stop();

    /** A new, empty database, so that one test class's tables never meet another's. */
    public String createDatabase(String hint) {
        String name = "t" + DATABASES.incrementAndGet() + "_" + hint.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
        name = name.substring(0, Math.min(name.length(), 60));
        try (var connection = DriverManager.getConnection(adminJdbcUrl(), username(), password());
             var statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("could not create test database " + name, e);
        }
        return jdbcUrl().substring(0, jdbcUrl().lastIndexOf('/') + 1) + name;
    }
}
