package com.fluxpay.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.junit.jupiter.api.Test;

class InfrastructureIT {

    private final Infrastructure infrastructure = Infrastructure.shared();

    @Test
    void postgres_accepts_connections_and_gives_each_caller_a_fresh_database() throws Exception {
        String first = infrastructure.createDatabase("one");
        String second = infrastructure.createDatabase("one");
        assertThat(first).isNotEqualTo(second);
        try (var connection = DriverManager.getConnection(first, infrastructure.username(), infrastructure.password());
             var result = connection.createStatement().executeQuery("show server_version")) {
            assertThat(result.next()).isTrue();
            assertThat(result.getString(1)).startsWith("17");
        }
    }

    @Test
    void kafka_answers_an_admin_client() throws Exception {
        try (var admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, infrastructure.kafkaBootstrapServers()))) {
            assertThat(admin.describeCluster().nodes().get(10, TimeUnit.SECONDS)).hasSize(1);
        }
    }

    @Test
    void redis_answers_ping() throws Exception {
        URI uri = URI.create(infrastructure.redisUrl());
        try (var socket = new java.net.Socket(uri.getHost(), uri.getPort())) {
            socket.getOutputStream().write("PING\r\n".getBytes());
            byte[] reply = new byte[7];
            int read = socket.getInputStream().readNBytes(reply, 0, 7);
            assertThat(new String(reply, 0, read)).isEqualTo("+PONG\r\n");
        }
    }

    @Test
    void the_sandbox_psp_serves_its_stubs() throws Exception {
        var response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(infrastructure.pspUrl() + "/health")).timeout(Duration.ofSeconds(5)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("sandbox");
    }

    @Test
    void the_stack_is_one_set_of_servers_per_jvm() {
        assertThat(List.of(Infrastructure.shared(), Infrastructure.shared())).containsOnly(infrastructure);
    }
}
