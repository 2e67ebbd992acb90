package com.fluxpay.gateway.pspwebhook;

import static org.assertj.core.api.Assertions.assertThat;

import com.fluxpay.client.Json;
import com.fluxpay.client.Problem;
import com.fluxpay.contracts.Topics;
import com.fluxpay.contracts.psp.PspWebhookReceived;
import com.fluxpay.gateway.pspwebhook.domain.TimestampedSignature;
import com.fluxpay.platform.event.CloudEventHeaders;
import com.fluxpay.platform.testing.KafkaProbe;
import com.fluxpay.testing.RealInfrastructure;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;

/**
 * PSP webhooks over HTTP into Kafka, on real Postgres, Redis and Kafka; no API key anywhere. This context has a
 * Stripe secret the shared gateway context lacks, so it is closed after the class: left cached, its listeners
 * would stay in the gateway's consumer group and take partitions (and the events on them) from the shared one.
 */
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "fluxpay.psp-webhooks.stripe.secrets=" + PspWebhookIT.STRIPE_SECRET,
        "fluxpay.psp-webhooks.sandbox.secrets=" + PspWebhookIT.SANDBOX_SECRET})
@RealInfrastructure
class PspWebhookIT {

    static final String STRIPE_SECRET = "whsec_it_stripe";
    static final String SANDBOX_SECRET = "whsec_it_sandbox";
    static final Duration WAIT = Duration.ofSeconds(20);

    @LocalServerPort
    int port;
    @Value("${spring.kafka.bootstrap-servers}")
    String kafka;

    KafkaProbe probe;
    final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void probe() {
        probe = new KafkaProbe(kafka);
    }

    private HttpResponse<String> post(String psp, String header, String signature, byte[] body) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/psp/webhooks/" + psp))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (header != null) {
            request.header(header, signature);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String signed(String secret, byte[] body) {
        return TimestampedSignature.header(secret, Instant.now(), body);
    }

    @Test
    void a_signed_stripe_webhook_lands_on_kafka_as_psp_webhook_received_keyed_by_its_payment() throws Exception {
        var paymentId = SignedWebhooks.newPaymentId();
        byte[] body = SignedWebhooks.stripeEvent("evt_" + paymentId, "payment_intent.succeeded", paymentId);

        var response = post("stripe", "Stripe-Signature", signed(STRIPE_SECRET, body), body);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(Json.tree(response.body()).get("published").booleanValue()).isTrue();
        var record = probe.awaitEvent(Topics.PSP_WEBHOOKS, paymentId, "psp.webhook.received", WAIT);
        var published = Json.read(record.value(), PspWebhookReceived.class);
        assertThat(published.psp()).isEqualTo("stripe");
        assertThat(published.pspEventId()).isEqualTo("evt_" + paymentId);
        assertThat(published.eventType()).isEqualTo("payment_intent.succeeded");
        assertThat(published.paymentReference()).isEqualTo(paymentId);
        assertThat(published.body()).isEqualTo(new String(body, StandardCharsets.UTF_8));
    }

    @Test
    void a_signed_sandbox_webhook_lands_on_kafka_with_no_tenant() throws Exception {
        var paymentId = SignedWebhooks.newPaymentId();
        byte[] body = SignedWebhooks.sandboxEvent("evt_" + paymentId, "charge.succeeded", paymentId, "approved");

        assertThat(post("sandbox", "Sandbox-Signature", signed(SANDBOX_SECRET, body), body).statusCode())
                .isEqualTo(200);

        var record = probe.awaitEvent(Topics.PSP_WEBHOOKS, paymentId, "psp.webhook.received", WAIT);
        assertThat(CloudEventHeaders.optional(record.headers(), CloudEventHeaders.SOURCE, null))
                .isEqualTo("/fluxpay/gateway-service");
    }

    @Test
    void forged_webhooks_are_refused_with_400_and_never_reach_kafka() throws Exception {
        var forgedPayment = SignedWebhooks.newPaymentId();
        byte[] forged = SignedWebhooks.stripeEvent("evt_forged", "payment_intent.succeeded", forgedPayment);
        byte[] genuine = SignedWebhooks.stripeEvent("evt_genuine", "payment_intent.succeeded", forgedPayment + "_x");

        var wrongSecret = post("stripe", "Stripe-Signature", signed("whsec_guessed", forged), forged);
        var unsigned = post("stripe", null, null, forged);
        var tampered = post("stripe", "Stripe-Signature", signed(STRIPE_SECRET, genuine), forged);
        var replayed = post("stripe", "Stripe-Signature",
                TimestampedSignature.header(STRIPE_SECRET, Instant.now().minus(Duration.ofMinutes(10)), forged), forged);
        var sandboxForged = post("sandbox", "Sandbox-Signature", signed(STRIPE_SECRET, forged), forged);

        assertThat(java.util.List.of(wrongSecret, unsigned, tampered, replayed, sandboxForged))
                .allSatisfy(response -> {
                    assertThat(response.statusCode()).isEqualTo(400);
                    assertThat(Json.read(response.body(), Problem.class).code()).isEqualTo("PSP_001");
                });
        // a genuine webhook sent after them is published; by then none of the forged ones is there
        post("stripe", "Stripe-Signature", signed(STRIPE_SECRET, genuine), genuine);
        probe.awaitEvent(Topics.PSP_WEBHOOKS, forgedPayment + "_x", "psp.webhook.received", WAIT);
        assertThat(probe.eventsWithKey(Topics.PSP_WEBHOOKS, forgedPayment)).isEmpty();
    }

    @Test
    void a_genuine_event_about_nothing_of_ours_is_acknowledged_and_not_published() throws Exception {
        byte[] body = SignedWebhooks.stripeCustomerEvent("evt_customer");

        var response = post("stripe", "Stripe-Signature", signed(STRIPE_SECRET, body), body);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(Json.tree(response.body()).get("published").booleanValue()).isFalse();
    }

    @Test
    void a_psp_without_a_webhook_endpoint_is_not_found() throws Exception {
        byte[] body = "{}".getBytes(StandardCharsets.UTF_8);

        assertThat(post("paypal", null, null, body).statusCode()).isEqualTo(404);
    }
}
