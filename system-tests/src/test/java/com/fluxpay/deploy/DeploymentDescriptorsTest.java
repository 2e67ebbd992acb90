package com.fluxpay.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The deployment descriptors (docker-compose.yml, k8s/, the Dockerfiles, Prometheus' scrape config)
 * describe the same seven services with the ports and variables of DEVELOPERS.md. Nothing here can
 * start a container, so a service left out or a port that drifts would otherwise only show on an
 * operator's machine.
 */
class DeploymentDescriptorsTest {

    private record Service(String name, int port, Set<String> extraVariables) {

        List<String> variables() {
            return Stream.concat(VARIABLES_EVERY_SERVICE_READS.stream(), extraVariables.stream().sorted()).toList();
        }
    }

    // DEVELOPERS.md, "Services, ports, schemas" and "Configuration"
    private static final List<Service> SERVICES = List.of(
            new Service("gateway-service", 8080, Set.of("REDIS_URL")),
            new Service("payment-service", 8081, Set.of("PSP_SANDBOX_URL")),
            new Service("ledger-service", 8082, Set.of()),
            new Service("credit-service", 8083, Set.of()),
            new Service("subscription-service", 8084, Set.of()),
            new Service("waiting-room-service", 8085, Set.of("REDIS_URL")),
            new Service("notification-service", 8086, Set.of()));

    private static final List<String> VARIABLES_EVERY_SERVICE_READS = List.of(
            "SERVER_PORT", "KAFKA_BOOTSTRAP_SERVERS", "DATABASE_URL", "DATABASE_USERNAME", "DATABASE_PASSWORD");

    private static final String READINESS = "/actuator/health/readiness";
    private static final String LIVENESS = "/actuator/health/liveness";

    private static Path repo;
    private static Map<String, Object> composeServices;
    private static List<Map<String, Object>> k8sObjects;

    @BeforeAll
    static void readDescriptors() {
        repo = repositoryRoot();
        composeServices = map(loadAll(repo.resolve("docker-compose.yml")).getFirst().get("services"));
        k8sObjects = k8sFiles().stream().flatMap(file -> loadAll(file).stream()).toList();
    }

    @Test
    void the_service_ports_are_those_in_developers_md() {
        // a row of the services table: | gateway-service | 8080 | `gateway` | ...
        Pattern row = Pattern.compile("^\\|\\s*([a-z-]+-service)\\s*\\|\\s*(\\d+)\\s*\\|", Pattern.MULTILINE);
        Matcher matcher = row.matcher(read(repo.resolve("DEVELOPERS.md")));
        Map<String, Integer> documented = new LinkedHashMap<>();
        while (matcher.find()) {
            documented.put(matcher.group(1), Integer.parseInt(matcher.group(2)));
        }
        Map<String, Integer> tested = SERVICES.stream()
                .collect(Collectors.toMap(Service::name, Service::port, (a, b) -> a, LinkedHashMap::new));

        assertThat(documented).isEqualTo(tested);
    }

    @Test
    void every_service_is_in_docker_compose_with_its_port_and_variables() {
        SoftAssertions softly = new SoftAssertions();
        for (Service service : SERVICES) {
            Map<String, Object> compose = map(composeServices.get(service.name()));
            if (compose.isEmpty()) {
                softly.fail("docker-compose.yml has no service %s", service.name());
                continue;
            }
            Map<String, String> environment = composeEnvironment(compose);
            softly.assertThat(environment).as("%s environment", service.name())
                    .containsKeys(service.variables().toArray(String[]::new))
                    .containsEntry("SERVER_PORT", String.valueOf(service.port()));
            softly.assertThat(strings(compose.get("expose"))).as("%s expose", service.name())
                    .contains(String.valueOf(service.port()));
            softly.assertThat(String.join(" ", strings(map(compose.get("healthcheck")).get("test"))))
                    .as("%s healthcheck", service.name())
                    .contains(READINESS);
            Map<String, Object> build = map(compose.get("build"));
            softly.assertThat(build.get("context")).as("%s build context", service.name()).isEqualTo(".");
            softly.assertThat(build.get("dockerfile")).as("%s Dockerfile", service.name())
                    .isEqualTo("deploy/service.Dockerfile");
            softly.assertThat(map(build.get("args"))).as("%s build args", service.name())
                    .containsEntry("SERVICE", service.name()).containsEntry("PORT", String.valueOf(service.port()));
            softly.assertThat(compose.get("image")).as("%s image", service.name())
                    .isEqualTo("fluxpay/" + service.name() + ":0.1.0");
        }
        softly.assertAll();
    }

    @Test
    void every_service_in_docker_compose_waits_for_healthy_kafka_and_postgres() {
        SoftAssertions softly = new SoftAssertions();
        for (Service service : SERVICES) {
            Map<String, Object> dependsOn = map(map(composeServices.get(service.name())).get("depends_on"));
            List<String> needed = new ArrayList<>(List.of("kafka", "postgres"));
            if (service.extraVariables().contains("REDIS_URL")) {
                needed.add("redis");
            }
            if (service.extraVariables().contains("PSP_SANDBOX_URL")) {
                needed.add("sandbox-psp");
            }
            for (String dependency : needed) {
                softly.assertThat(map(dependsOn.get(dependency)).get("condition"))
                        .as("%s depends on %s", service.name(), dependency)
                        .isEqualTo("service_healthy");
            }
        }
        softly.assertAll();
    }

    @Test
    void the_infrastructure_the_services_wait_for_has_a_healthcheck() {
        // without one, condition: service_healthy never holds and the services never start
        for (String infrastructure : List.of("kafka", "postgres", "redis", "sandbox-psp")) {
            assertThat(map(map(composeServices.get(infrastructure)).get("healthcheck")))
                    .as("%s healthcheck", infrastructure)
                    .containsKey("test");
        }
    }

    @Test
    void docker_compose_publishes_only_the_gateway_kafka_and_the_dashboards_on_the_host() {
        Set<String> published = composeServices.entrySet().stream()
                .filter(entry -> map(entry.getValue()).containsKey("ports"))
                .map(Map.Entry::getKey)
                .collect(Collectors.toCollection(TreeSet::new));

        assertThat(published).containsExactlyInAnyOrder("gateway-service", "kafka", "prometheus", "grafana");
        assertThat(strings(map(composeServices.get("gateway-service")).get("ports")))
                .anySatisfy(port -> assertThat(port).endsWith(":8080:8080"));
    }

    @Test
    void the_sandbox_psp_serves_the_stubs_the_local_stack_uses() {
        String stubs = "./local-stack/src/main/resources/sandbox-psp";

        assertThat(strings(map(composeServices.get("sandbox-psp")).get("volumes")))
                .anySatisfy(volume -> assertThat(volume).startsWith(stubs + ":/home/wiremock/mappings"));
        assertThat(repo.resolve(stubs).resolve("mappings.json")).isRegularFile();
    }

    @Test
    void prometheus_scrapes_every_service_on_its_port() {
        Map<String, Object> config = loadAll(repo.resolve("deploy/prometheus/prometheus.yml")).getFirst();
        List<Map<String, Object>> jobs = maps(config.get("scrape_configs"));
        List<String> targets = jobs.stream()
                .filter(job -> "/actuator/prometheus".equals(job.get("metrics_path")))
                .flatMap(job -> maps(job.get("static_configs")).stream())
                .flatMap(staticConfig -> strings(staticConfig.get("targets")).stream())
                .toList();

        assertThat(targets).containsExactlyInAnyOrderElementsOf(
                SERVICES.stream().map(service -> service.name() + ":" + service.port()).toList());
    }

    @Test
    void every_service_has_a_deployment_with_readiness_and_liveness_probes() {
        SoftAssertions softly = new SoftAssertions();
        for (Service service : SERVICES) {
            Optional<Map<String, Object>> found = container(service);
            if (found.isEmpty()) {
                softly.fail("k8s/ has no Deployment %s with a container", service.name());
                continue;
            }
            Map<String, Object> container = found.get();
            for (var probe : Map.of("readinessProbe", READINESS, "livenessProbe", LIVENESS).entrySet()) {
                Map<String, Object> httpGet = map(map(container.get(probe.getKey())).get("httpGet"));
                softly.assertThat(httpGet.get("path")).as("%s %s path", service.name(), probe.getKey())
                        .isEqualTo(probe.getValue());
                softly.assertThat(probePort(container, httpGet.get("port"))).as("%s %s port", service.name(), probe.getKey())
                        .isEqualTo(service.port());
            }
            softly.assertThat(map(map(container.get("startupProbe")).get("httpGet")))
                    .as("%s startupProbe", service.name())
                    .containsKeys("path", "port");
            softly.assertThat(containerPorts(container)).as("%s container ports", service.name())
                    .containsValue(service.port());
        }
        softly.assertAll();
    }

    @Test
    void every_deployment_requests_and_limits_cpu_and_memory() {
        SoftAssertions softly = new SoftAssertions();
        for (Service service : SERVICES) {
            Map<String, Object> resources = map(container(service).orElseGet(Map::of).get("resources"));
            softly.assertThat(map(resources.get("requests"))).as("%s requests", service.name())
                    .containsKeys("cpu", "memory");
            softly.assertThat(map(resources.get("limits"))).as("%s limits", service.name())
                    .containsKeys("cpu", "memory");
        }
        softly.assertAll();
    }

    @Test
    void every_deployment_reads_its_configuration_from_the_shared_config_map_and_secret() {
        Map<String, Object> configMap = k8s("ConfigMap", "fluxpay-config").orElseGet(Map::of);
        Map<String, Object> secret = k8s("Secret", "fluxpay-database").orElseGet(Map::of);
        Set<String> provided = new TreeSet<>(map(configMap.get("data")).keySet());
        provided.addAll(map(secret.get("stringData")).keySet());
        provided.addAll(map(secret.get("data")).keySet());

        SoftAssertions softly = new SoftAssertions();
        for (Service service : SERVICES) {
            Map<String, Object> container = container(service).orElseGet(Map::of);
            List<Map<String, Object>> envFrom = maps(container.get("envFrom"));
            softly.assertThat(envFrom).as("%s envFrom", service.name())
                    .anySatisfy(source -> assertThat(map(source.get("configMapRef")).get("name")).isEqualTo("fluxpay-config"))
                    .anySatisfy(source -> assertThat(map(source.get("secretRef")).get("name")).isEqualTo("fluxpay-database"));
            Map<String, String> env = maps(container.get("env")).stream()
                    .collect(Collectors.toMap(e -> String.valueOf(e.get("name")), e -> String.valueOf(e.get("value"))));
            softly.assertThat(env).as("%s env", service.name())
                    .containsEntry("SERVER_PORT", String.valueOf(service.port()));

            Set<String> visible = new TreeSet<>(provided);
            visible.addAll(env.keySet());
            softly.assertThat(visible).as("%s variables", service.name())
                    .containsAll(service.variables());
        }
        softly.assertAll();
    }

    @Test
    void every_pod_runs_as_a_non_root_user_and_is_scraped_by_prometheus() {
        SoftAssertions softly = new SoftAssertions();
        for (Service service : SERVICES) {
            Map<String, Object> template = map(at(k8s("Deployment", service.name()).orElseGet(Map::of), "spec", "template"));
            softly.assertThat(at(template, "spec", "securityContext", "runAsNonRoot"))
                    .as("%s runAsNonRoot", service.name())
                    .isEqualTo(true);
            softly.assertThat(map(at(template, "metadata", "annotations"))).as("%s annotations", service.name())
                    .containsEntry("prometheus.io/scrape", "true")
                    .containsEntry("prometheus.io/path", "/actuator/prometheus")
                    .containsEntry("prometheus.io/port", String.valueOf(service.port()));
        }
        softly.assertAll();
    }

    @Test
    void every_service_has_a_kubernetes_service_on_its_port_that_selects_its_pods() {
        SoftAssertions softly = new SoftAssertions();
        for (Service service : SERVICES) {
            Map<String, Object> k8sService = k8s("Service", service.name()).orElseGet(Map::of);
            softly.assertThat(maps(at(k8sService, "spec", "ports")))
                    .as("%s Service ports", service.name())
                    .extracting(port -> port.get("port"))
                    .contains(service.port());
            Map<String, Object> podLabels = map(at(
                    k8s("Deployment", service.name()).orElseGet(Map::of), "spec", "template", "metadata", "labels"));
            softly.assertThat(podLabels).as("%s pod labels", service.name())
                    .containsAllEntriesOf(map(at(k8sService, "spec", "selector")))
                    .isNotEmpty();
        }
        softly.assertAll();
    }

    @Test
    void the_gateway_and_payment_services_scale_automatically() {
        Set<String> scaled = k8sObjects.stream()
                .filter(object -> "HorizontalPodAutoscaler".equals(object.get("kind")))
                .map(hpa -> map(at(hpa, "spec", "scaleTargetRef")))
                .filter(target -> "Deployment".equals(target.get("kind")))
                .map(target -> String.valueOf(target.get("name")))
                .collect(Collectors.toSet());

        assertThat(scaled).contains("gateway-service", "payment-service");
    }

    @Test
    void everything_lands_in_the_fluxpay_namespace() {
        assertThat(kustomization().get("namespace")).isEqualTo("fluxpay");
        assertThat(k8s("Namespace", "fluxpay")).isPresent();
    }

    @Test
    void the_kustomization_lists_every_file_under_k8s() {
        Path k8s = repo.resolve("k8s");
        Set<String> listed = new TreeSet<>(strings(kustomization().get("resources")));
        Set<String> present = k8sFiles().stream()
                .filter(file -> !isKustomization(file))
                .map(file -> k8s.relativize(file).toString().replace('\\', '/'))
                .collect(Collectors.toCollection(TreeSet::new));

        assertThat(listed).isEqualTo(present);
    }

    @Test
    void one_recipe_builds_every_service_from_its_own_module_as_a_non_root_user() {
        Path dockerfile = repo.resolve("deploy/service.Dockerfile");
        assertThat(dockerfile).isRegularFile();
        assertThat(read(dockerfile))
                .contains("ARG SERVICE")
                .contains("ARG PORT")
                .contains("-pl \"${SERVICE}\" -am package -DskipTests")
                .contains("${SERVICE}/target/${SERVICE}-exec.jar")
                .contains("FROM eclipse-temurin:21-jre")
                .containsPattern("(?m)^USER (?!0\\b|root\\b)\\S+")
                .contains("MaxRAMPercentage");
        for (Service service : SERVICES) {
            assertThat(repo.resolve(service.name()).resolve("Dockerfile")).as("a second recipe for " + service.name())
                    .doesNotExist();
        }
    }

    // --- docker-compose.yml

    // compose accepts both `KEY: value` and `- KEY=value`
    private static Map<String, String> composeEnvironment(Map<String, Object> service) {
        Object environment = service.get("environment");
        Map<String, String> variables = new LinkedHashMap<>();
        if (environment instanceof Map<?, ?> entries) {
            entries.forEach((key, value) -> variables.put(String.valueOf(key), Objects.toString(value, "")));
        } else {
            for (String entry : strings(environment)) {
                int equals = entry.indexOf('=');
                variables.put(equals < 0 ? entry : entry.substring(0, equals), equals < 0 ? "" : entry.substring(equals + 1));
            }
        }
        return variables;
    }

    // --- k8s/

    private static List<Path> k8sFiles() {
        try (Stream<Path> files = Files.walk(repo.resolve("k8s"))) {
            return files.filter(Files::isRegularFile)
                    .filter(file -> file.getFileName().toString().matches(".*\\.ya?ml"))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean isKustomization(Path file) {
        return file.getFileName().toString().matches("kustomization\\.ya?ml");
    }

    private static Map<String, Object> kustomization() {
        return k8sFiles().stream()
                .filter(file -> file.getParent().equals(repo.resolve("k8s")) && isKustomization(file))
                .findFirst()
                .map(file -> loadAll(file).getFirst())
                .orElseGet(() -> fail("k8s/ has no kustomization.yaml"));
    }

    private static Optional<Map<String, Object>> k8s(String kind, String name) {
        return k8sObjects.stream()
                .filter(object -> kind.equals(object.get("kind")))
                .filter(object -> name.equals(map(object.get("metadata")).get("name")))
                .findFirst();
    }

    // the container named after the service, or the only one
    private static Optional<Map<String, Object>> container(Service service) {
        List<Map<String, Object>> containers = maps(at(
                k8s("Deployment", service.name()).orElseGet(Map::of), "spec", "template", "spec", "containers"));
        return containers.stream()
                .filter(container -> service.name().equals(container.get("name")))
                .findFirst()
                .or(() -> containers.size() == 1 ? Optional.of(containers.getFirst()) : Optional.empty());
    }

    private static Map<String, Integer> containerPorts(Map<String, Object> container) {
        Map<String, Integer> ports = new LinkedHashMap<>();
        for (Map<String, Object> port : maps(container.get("ports"))) {
            Object number = port.get("containerPort");
            if (number instanceof Integer value) {
                ports.put(Objects.toString(port.get("name"), String.valueOf(value)), value);
            }
        }
        return ports;
    }

    // a probe names its port by number or by the name of a container port
    private static Integer probePort(Map<String, Object> container, Object port) {
        return port instanceof Integer number ? number : containerPorts(container).get(String.valueOf(port));
    }

    // --- YAML

    private static List<Map<String, Object>> loadAll(Path file) {
        LoaderOptions options = new LoaderOptions();
        // a repeated key silently wins in most tools; here it is a mistake to report
        options.setAllowDuplicateKeys(false);
        Yaml yaml = new Yaml(new SafeConstructor(options));
        List<Map<String, Object>> documents = new ArrayList<>();
        for (Object document : yaml.loadAll(read(file))) {
            if (document != null) {
                assertThat(document).as("a document of %s", file).isInstanceOf(Map.class);
                documents.add(map(document));
            }
        }
        assertThat(documents).as(file.toString()).isNotEmpty();
        return documents;
    }

    private static Object at(Object node, String... path) {
        Object current = node;
        for (String key : path) {
            current = map(current).get(key);
        }
        return current;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object node) {
        return node instanceof Map<?, ?> map ? (Map<String, Object>) map : Map.of();
    }

    private static List<Map<String, Object>> maps(Object node) {
        return node instanceof List<?> list
                ? list.stream().map(DeploymentDescriptorsTest::map).toList()
                : List.of();
    }

    private static List<String> strings(Object node) {
        return node instanceof List<?> list ? list.stream().map(String::valueOf).toList() : List.of();
    }

    // --- files

    // surefire runs in system-tests/, an IDE often in the repository root
    private static Path repositoryRoot() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("docker-compose.yml")) && Files.isDirectory(dir.resolve("k8s"))) {
                return dir;
            }
        }
        return fail("no directory with docker-compose.yml and k8s/ above " + Path.of("").toAbsolutePath());
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
