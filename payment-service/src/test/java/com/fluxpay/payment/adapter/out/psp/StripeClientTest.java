package com.fluxpay.payment.adapter.out.psp;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;

import com.fluxpay.payment.application.port.ChargeResult;
import com.fluxpay.payment.application.port.OperationResult;
import com.fluxpay.payment.application.port.PaymentProvider;
import com.fluxpay.payment.domain.CaptureMode;
import com.fluxpay.payment.domain.Money;
import com.github.tomakehurst.wiremock.WireMockServer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Stubs follow docs.stripe.com/api: form-encoded POST /v1/payment_intents with confirm=true and
 * capture_method, Bearer secret key, Idempotency-Key, statuses succeeded / requires_capture, card errors as
 * 402 {"error":{"type":"card_error","code":"card_declined",...}}, capture with amount_to_capture, refunds
 * with payment_intent and amount, GET /v1/payment_intents/{id} for a lookup when the id is known and the Search
 * API for a lookup by metadata when it is not; idempotency_error bodies and the 424 of the HTTP status table.
 */
class StripeClientTest {

    private static final Instant NOW = Instant.parse("2026-11-21T10:00:00Z");
    private static WireMockServer stripe;
    private StripeClient client;

    @BeforeAll
    static void start() {
        stripe = PspStub.start();
    }

    @AfterAll
    static void stop() {
        stripe.stop();
    }

    @BeforeEach
    void reset() {
        stripe.resetAll();
        client = new StripeClient(PspStub.client(stripe), "sk_test_4eC39HqLyjWDarjtT1zdp7dc",
                Clock.fixed(NOW, ZoneOffset.UTC));
    }

    private static PaymentProvider.Charge charge(CaptureMode mode) {
        return PspStub.charge("pm_card_visa", mode, Money.of(2_000, "USD"));
    }

    @Test
    void a_manual_capture_intent_is_created_form_encoded_and_authorized() {
        stripe.stubFor(post("/v1/payment_intents")
                .withHeader("Authorization", equalTo("Bearer sk_test_4eC39HqLyjWDarjtT1zdp7dc"))
                .withHeader("Idempotency-Key", equalTo("fluxpay-pay_1"))
                .withHeader("Content-Type", containing("application/x-www-form-urlencoded"))
                .withFormParam("amount", equalTo("2000")).withFormParam("currency", equalTo("usd"))
                .withFormParam("payment_method", equalTo("pm_card_visa")).withFormParam("confirm", equalTo("true"))
                .withFormParam("capture_method", equalTo("manual"))
                .withFormParam("metadata[fluxpay_payment_id]", equalTo("pay_1"))
                .willReturn(okJson("""
                        {"id":"pi_3MtwBwLkdIwHu7ix28a3tqPa","object":"payment_intent","amount":2000,
                         "currency":"usd","status":"requires_capture","capture_method":"manual"}""")));

        assertThat(client.charge(charge(CaptureMode.MANUAL)))
                .isEqualTo(new ChargeResult.Approved("pi_3MtwBwLkdIwHu7ix28a3tqPa"));
    }

    @Test
    void a_declined_card_is_declined_with_stripes_error_code() {
        stripe.stubFor(post("/v1/payment_intents").willReturn(aResponse().withStatus(402)
                .withHeader("Content-Type", "application/json").withBody("""
                        {"error":{"type":"card_error","code":"card_declined","decline_code":"generic_decline",
                         "message":"Your card was declined."}}""")));

        var declined = (ChargeResult.Declined) client.charge(charge(CaptureMode.AUTOMATIC));
        assertThat(declined.code()).isEqualTo("card_declined");
    }

    @Test
    void a_500_or_a_slow_answer_is_unknown_because_stripe_may_have_charged() {
        stripe.stubFor(post("/v1/payment_intents").willReturn(aResponse().withStatus(500)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"error\":{\"type\":\"api_error\",\"message\":\"An unknown error occurred\"}}")));
        assertThat(client.charge(charge(CaptureMode.AUTOMATIC))).isInstanceOf(ChargeResult.Unknown.class);

        stripe.stubFor(post("/v1/payment_intents").willReturn(okJson("{\"id\":\"pi_1\",\"status\":\"succeeded\"}")
                .withFixedDelay((int) PspStub.READ_TIMEOUT.toMillis() * 3)));
        assertThat(client.charge(charge(CaptureMode.AUTOMATIC))).isInstanceOf(ChargeResult.Unknown.class);
    }

    @Test
    void a_lookup_searches_by_our_reference_in_metadata() {
        stripe.stubFor(get(urlPathEqualTo("/v1/payment_intents/search"))
                .withQueryParam("query", equalTo("metadata['fluxpay_payment_id']:'pay_1'"))
                .willReturn(okJson("{\"object\":\"search_result\",\"data\":[{\"id\":\"pi_1\",\"status\":\"succeeded\"}],"
                        + "\"has_more\":false}")));
        stripe.stubFor(get(urlPathEqualTo("/v1/payment_intents/search"))
                .withQueryParam("query", equalTo("metadata['fluxpay_payment_id']:'pay_2'"))
                .willReturn(okJson("{\"object\":\"search_result\",\"data\":[],\"has_more\":false}")));

        assertThat(client.lookup(new PaymentProvider.ChargeLookup("pay_1", "ord_1", "k", null, Instant.EPOCH)))
                .isEqualTo(new ChargeResult.Approved("pi_1"));
        assertThat(client.lookup(new PaymentProvider.ChargeLookup("pay_2", "ord_2", "k", null, Instant.EPOCH)))
                .isInstanceOf(ChargeResult.NotCharged.class);
        stripe.verify(0, getRequestedFor(urlPathMatching("/v1/payment_intents/pi_.*")));
    }

    @Test
    void a_lookup_with_a_known_payment_intent_id_retrieves_it_and_never_searches() {
        stripe.stubFor(get("/v1/payment_intents/pi_1").withHeader("Authorization",
                equalTo("Bearer sk_test_4eC39HqLyjWDarjtT1zdp7dc")).willReturn(okJson("""
                {"id":"pi_1","object":"payment_intent","status":"succeeded",
                 "metadata":{"fluxpay_payment_id":"pay_1"}}""")));
        stripe.stubFor(get("/v1/payment_intents/pi_2").willReturn(okJson("""
                {"id":"pi_2","object":"payment_intent","status":"requires_payment_method",
                 "last_payment_error":{"type":"card_error","code":"card_declined"}}""")));

        assertThat(client.lookup(new PaymentProvider.ChargeLookup("pay_1", "ord_1", "k", "pi_1", NOW)))
                .isEqualTo(new ChargeResult.Approved("pi_1"));
        assertThat(client.lookup(new PaymentProvider.ChargeLookup("pay_2", "ord_2", "k", "pi_2", NOW)))
                .isInstanceOf(ChargeResult.Declined.class);
        stripe.verify(0, getRequestedFor(urlPathEqualTo("/v1/payment_intents/search")));
    }

    @Test
    void a_payment_intent_stripe_cannot_find_by_id_stays_unknown_rather_than_not_charged() {
        stripe.stubFor(get("/v1/payment_intents/pi_gone").willReturn(aResponse().withStatus(404)
                .withHeader("Content-Type", "application/json").withBody("""
                        {"error":{"type":"invalid_request_error","code":"resource_missing","param":"intent",
                         "message":"No such payment_intent: 'pi_gone'"}}""")));

        assertThat(client.lookup(new PaymentProvider.ChargeLookup("pay_1", "ord_1", "k", "pi_gone",
                Instant.EPOCH))).isInstanceOf(ChargeResult.Unknown.class);
    }

    @Test
    void an_idempotency_error_or_a_424_is_unknown_because_the_first_request_may_have_charged() {
        stripe.stubFor(post("/v1/payment_intents").willReturn(aResponse().withStatus(400)
                .withHeader("Content-Type", "application/json").withBody("""
                        {"error":{"type":"idempotency_error",
                         "message":"Keys for idempotent requests can only be used with the same parameters"}}""")));
        assertThat(client.charge(charge(CaptureMode.AUTOMATIC))).isInstanceOf(ChargeResult.Unknown.class);

        stripe.stubFor(post("/v1/payment_intents").willReturn(aResponse().withStatus(424)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"error\":{\"type\":\"api_error\",\"message\":\"External dependency failed\"}}")));
        assertThat(client.charge(charge(CaptureMode.AUTOMATIC))).isInstanceOf(ChargeResult.Unknown.class);
    }

    @Test
    void an_empty_search_within_stripes_search_lag_proves_nothing() {
        stripe.stubFor(get(urlPathEqualTo("/v1/payment_intents/search"))
                .willReturn(okJson("{\"object\":\"search_result\",\"data\":[],\"has_more\":false}")));

        assertThat(client.lookup(new PaymentProvider.ChargeLookup("pay_3", "ord_3", "k", null,
                NOW.minus(Duration.ofMinutes(5))))).isInstanceOf(ChargeResult.Unknown.class);
    }

    @Test
    void a_partial_capture_releases_the_rest_and_a_refund_names_the_intent() {
        stripe.stubFor(post("/v1/payment_intents/pi_1/capture").withHeader("Idempotency-Key", equalTo("cap_1"))
                .withFormParam("amount_to_capture", equalTo("1500"))
                .willReturn(okJson("{\"id\":\"pi_1\",\"status\":\"succeeded\",\"amount_received\":1500}")));
        stripe.stubFor(post("/v1/refunds").withFormParam("payment_intent", equalTo("pi_1"))
                .withFormParam("amount", equalTo("500"))
                .willReturn(okJson("{\"id\":\"re_1\",\"object\":\"refund\",\"status\":\"succeeded\"}")));

        assertThat(client.capture(new PaymentProvider.Operation("pi_1", "pay_1", Money.of(1_500, "USD"), "cap_1", null)))
                .isEqualTo(new OperationResult.Done("pi_1", true));
        assertThat(client.refund(new PaymentProvider.Operation("pi_1", "pay_1", Money.of(500, "USD"), "re_1", null)))
                .isEqualTo(new OperationResult.Done("re_1", false));
    }
}
