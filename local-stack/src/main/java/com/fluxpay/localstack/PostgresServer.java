package com.fluxpay.localstack;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Map;

/** PostgreSQL 17 from zonky's embedded binaries; zonky also copes with running as root. */
final class PostgresServer implements Server {

    static final String DATABASE = "fluxpay";

    private final int port;
    private final Path dataDir;
    private final boolean durable;
    private EmbeddedPostgres postgres;

    PostgresServer(int port, Path dataDir, boolean durable) {
        this.port = port;
        this.dataDir = dataDir;
        this.durable = durable;
    }

    @Override
    public String name() {
        return "postgres";
    }

    @Override
    public void start() throws Exception {
        Files.createDirectories(dataDir);
        var builder = EmbeddedPostgres.builder()
                .setPort(port)
                .setDataDirectory(dataDir)
                .setCleanDataDirectory(true)
                .setServerConfig("listen_addresses", "127.0.0.1")
                .setServerConfig("max_connections", "400")
                .setServerConfig("shared_buffers", "256MB");
        if (!durable) {
            // test runs throw the data away; fsync would only measure the disk
            builder.setServerConfig("fsync", "off").setServerConfig("synchronous_commit", "off")
                    .setServerConfig("full_page_writes", "off");
        }
        postgres = builder.start();
        createDatabase();
    }

    private void createDatabase() throws SQLException {
        try (var connection = postgres.getPostgresDatabase().getConnection();
             var statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + DATABASE);
        }
    }

    @Override
    public void stop() throws Exception {
        if (postgres != null) {
            postgres.close();
        }
    }

    @Override
    public Map<String, String> endpoints() {
        return Map.of(
                "postgres.url", "jdbc:postgresql://127.0.0.1:" + port + "/" + DATABASE,
                "postgres.admin-url", "jdbc:postgresql://127.0.0.1:" + port + "/postgres",
                "postgres.username", "postgres",
                "postgres.password", "postgres");
    }
}
