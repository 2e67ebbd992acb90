package com.fluxpay.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

class EventCatalogueTest {

    @SuppressWarnings("unchecked")
    private static Map<String, Object> asyncApi() throws IOException {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path doc = dir.resolve("docs/asyncapi.yaml");
            if (Files.isRegularFile(doc)) {
                try (InputStream in = Files.newInputStream(doc)) {
                    return new Yaml().load(in);
                }
            }
        }
        throw new AssertionError("docs/asyncapi.yaml not found");
    }

    @Test
    void every_event_type_has_one_name_and_version() {
        var keys = EventTypes.ALL.stream().map(type -> type.name() + "/v" + type.version()).toList();
        assertThat(keys).doesNotHaveDuplicates();
    }

    @Test
    void a_former_name_is_no_current_name_and_belongs_to_one_type() {
        var names = EventTypes.ALL.stream().map(EventType::name).toList();
        var formerNames = EventTypes.ALL.stream().flatMap(type -> type.formerNames().stream())
                .map(EventType.FormerName::name).toList();
        assertThat(formerNames).doesNotHaveDuplicates().doesNotContainAnyElementsOf(names);
    }

    @Test
    void order_cancelled_the_name_before_one_spelling_is_read_as_order_canceled_for_one_release() {
        assertThat(EventTypes.readAs("order.cancelled")).contains(EventTypes.ORDER_CANCELED);
        assertThat(EventTypes.readAs("order.canceled")).contains(EventTypes.ORDER_CANCELED);
        assertThat(EventTypes.readAs("order.vanished")).isEmpty();
        assertThat(EventTypes.currentName("order.cancelled")).isEqualTo("order.canceled");
        assertThat(EventTypes.currentName("order.vanished")).isEqualTo("order.vanished");
    }

    @Test
    void every_event_type_travels_on_a_fluxpay_topic_named_for_facts_or_requests() {
        // the one exception: the client-facing usage topic, named for its producers (Topics.SERVICE_USAGE)
        assertThat(EventTypes.ALL).filteredOn(type -> !type.topic().equals(Topics.SERVICE_USAGE)).allSatisfy(type ->
                assertThat(type.topic()).matches("fluxpay\\.[a-z]+\\.(events|commands)"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void the_asyncapi_document_lists_every_event_type_on_its_topic() throws IOException {
        var channels = (Map<String, Map<String, Object>>) asyncApi().get("channels");
        Map<String, List<String>> documented = channels.values().stream().collect(Collectors.toMap(
                channel -> (String) channel.get("address"),
                channel -> List.copyOf(((Map<String, Object>) channel.get("messages")).keySet())));

        assertThat(EventTypes.ALL).allSatisfy(type -> assertThat(documented.get(type.topic()))
                .as("%s on %s", type.name(), type.topic()).contains(type.name()));
    }

    @Test
    void payloads_read_by_a_tolerant_reader_ignore_fields_they_do_not_know() throws IOException {
        var reader = new ObjectMapper().registerModule(new JavaTimeModule())
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        var created = reader.readValue("""
                {"orderId":"ord_1","tenantId":"t","amount":15000,"currency":"KRW","status":"PENDING",
                 "createdAt":"2026-11-21T10:00:00Z","addedInALaterVersion":{"x":1}}""",
                com.fluxpay.contracts.order.OrderCreated.class);
        assertThat(created.amount()).isEqualTo(15_000L);
    }

    @Test
    void dead_letter_topics_are_named_per_consuming_service() {
        assertThat(Topics.deadLetterOf("ledger")).isEqualTo("fluxpay.ledger.dlq");
    }
}
