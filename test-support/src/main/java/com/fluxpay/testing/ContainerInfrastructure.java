package com.fluxpay.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.PostgreSQLContainer;
import org.testcontainers.containers.wait.strategy.Wait;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.lifecycle.Startables;
import org.testcontainers.utility.MountableFile;

/** The same four servers as the local stack, as Testcontainers, for machines with a Docker engine. */
final class ContainerInfrastructure extends Infrastructure {

    private final KafkaContainer kafka = new KafkaContainer("apache/kafka:4.3.1");
    private final PostgreSQLContainer<?> postgres = new PostgreSQLContainer<>("postgres:17-alpine")
            .withDatabaseName("fluxpay").withUsername("postgres").withPassword("postgres")
            .withCommand("postgres", "-c", "max_connections=400", "-c", "fsync=off");
    private final GenericContainer<?> redis = new GenericContainer<>("redis:7-alpine").withExposedPorts(6379);
    private final GenericContainer<?> psp = new GenericContainer<>("wiremock/wiremock:3.13.2")
            .withExposedPorts(8080).waitingFor(Wait.forHttp("/__admin/health"));

    static boolean dockerAnswers() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException | LinkageError e) {
            return false;
        }
    }

    static ContainerInfrastructure start() {
        var infrastructure = new ContainerInfrastructure();
        infrastructure.mountSandboxStubs();
        Startables.deepStart(infrastructure.kafka, infrastructure.postgres, infrastructure.redis, infrastructure.psp)
                .join();
        return infrastructure;
    }

    private void mountSandboxStubs() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path stubs = dir.resolve("local-stack/src/main/resources/sandbox-psp/mappings.json");
            if (Files.isRegularFile(stubs)) {
                psp.withCopyFileToContainer(MountableFile.forHostPath(stubs), "/home/wiremock/mappings/mappings.json");
                return;
            }
        }
    }

    @Override
    public String kafkaBootstrapServers() {
        return kafka.getBootstrapServers();
    }

    @Override
    public String jdbcUrl() {
        return postgres.getJdbcUrl();
    }

    @Override
    protected String adminJdbcUrl() {
        return postgres.getJdbcUrl().replaceFirst("/fluxpay(\\?|$)", "/postgres$1");
    }

    @Override
    public String username() {
        return postgres.getUsername();
    }

    @Override
    public String password() {
        return postgres.getPassword();
    }

    @Override
    public String redisUrl() {
        return "redis://" + redis.getHost() + ":" + redis.getMappedPort(6379);
    }

    @Override
    public String pspUrl() {
        return "http://" + psp.getHost() + ":" + psp.getMappedPort(8080);
    }

    @Override
    protected void stop() {
        psp.stop();
        redis.stop();
        postgres.stop();
        kafka.stop();
    }
}
