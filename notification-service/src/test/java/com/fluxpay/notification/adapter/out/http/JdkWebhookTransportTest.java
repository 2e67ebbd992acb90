package com.fluxpay.notification.adapter.out.http;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class JdkWebhookTransportTest {

    private static final WireMockServer RECEIVER = new WireMockServer(options().dynamicPort());
    private final JdkWebhookTransport transport = new JdkWebhookTransport(Duration.ofMillis(800), 1024);

    @BeforeAll
    static void start() {
        RECEIVER.start();
    }

    @AfterAll
    static void stop() {
        RECEIVER.stop();
    }

    private String url(String path) {
        return "http://localhost:" + RECEIVER.port() + path;
    }

    @Test
    void a_large_response_is_read_only_up_to_the_cap() {
        RECEIVER.stubFor(post(urlEqualTo("/big")).willReturn(aResponse().withStatus(200).withBody("x".repeat(100_000))));

        var result = transport.post(url("/big"), Map.of(), "{}");

        assertThat(result.succeeded()).isTrue();
        assertThat(result.responseExcerpt()).hasSize(1024);
    }

    @Test
    void a_receiver_slower_than_the_timeout_is_a_failed_attempt_without_a_status() {
        RECEIVER.stubFor(post(urlEqualTo("/slow")).willReturn(aResponse().withStatus(200).withFixedDelay(3_000)));

        var result = transport.post(url("/slow"), Map.of(), "{}");

        assertThat(result.statusCode()).isNull();
        assertThat(result.error()).contains("timed out");
        assertThat(result.latencyMillis()).isLessThan(2_500);
    }

    @Test
    void a_redirect_is_not_followed_and_is_not_a_success() {
        RECEIVER.stubFor(post(urlEqualTo("/moved")).willReturn(aResponse().withStatus(302)
                .withHeader("location", "http://169.254.169.254/")));

        var result = transport.post(url("/moved"), Map.of(), "{}");

        assertThat(result.statusCode()).isEqualTo(302);
        assertThat(result.succeeded()).isFalse();
    }

    @Test
    void a_refused_connection_is_a_failed_attempt_not_an_exception() {
        var result = transport.post("http://127.0.0.1:1/", Map.of(), "{}");

        assertThat(result.statusCode()).isNull();
        assertThat(result.error()).isNotBlank();
    }
}
