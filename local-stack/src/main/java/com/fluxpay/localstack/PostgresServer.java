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
                .setServerConfig("shared_buffers", "256MB")
                // The stack starts on empty tables, so the first plans (and the generic plans the services'
                // prepared statements keep) are made for tables of a few rows: sequential scans. With the
                // default naptime (1 min) autovacuum re-analyzes them only after a minute of load, and until
                // then every read of order_view, orders and posting scanned the whole table (3,000 tuples
                // fetched per checkout in a benchmark's first minute instead of ~50; docs/performance.md).
                .setServerConfig("autovacuum_naptime", "5s");
        if (durable) {
            // zonky's defaults are a test database's: it starts postgres with -F (fsync off) and sets
            // synchronous_commit=off. ./fluxpay up is meant to keep what it committed, so say it explicitly
            // (these -c settings come after zonky's -F and win).
            builder.setServerConfig("fsync", "on").setServerConfig("synchronous_commit", "on")
                    .setServerConfig("full_page_writes", "on");
        } else {
            // test runs throw the data away; fsync would only measure the disk
            builder.setServerConfig("fsync", "off").setServerConfig("synchronous_commit", "off")
                    .setServerConfig("full_page_writes", "off");
        }
        // measurement hook, e.g. FLUXPAY_POSTGRES_CONFIG="shared_preload_libraries=pg_stat_statements;track_io_timing=on"
        // (docs/performance.md); settings separated by ';', each name=value
        String extra = System.getenv("FLUXPAY_POSTGRES_CONFIG");
        if (extra != null) {
            for (String setting : extra.split(";")) {
                int eq = setting.indexOf('=');
                if (eq > 0) {
                    builder.setServerConfig(setting.substring(0, eq).trim(), setting.substring(eq + 1).trim());
                }
            }
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
