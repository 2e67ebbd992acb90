package com.fluxpay.notification.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class WebhookBodyTest {

    @Test
    void the_body_wraps_the_payload_as_published_with_its_type_and_time() {
        String payload = "{\"orderId\":\"ord_1\",\"z\":1,\"a\":2}";

        assertThat(WebhookBody.of("order.created", Instant.parse("2026-11-22T01:02:03Z"), payload)).isEqualTo(
                "{\"type\":\"order.created\",\"timestamp\":\"2026-11-22T01:02:03Z\",\"data\":" + payload + "}");
    }
}
