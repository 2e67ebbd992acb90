package com.fluxpay.payment.adapter.out.psp;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fluxpay.payment.application.port.ChargeResult;
import com.fluxpay.payment.application.port.PspUnavailableException;
import com.fluxpay.payment.application.port.RecurringCharges;
import com.fluxpay.payment.application.port.RecurringCharges.BillingKey;
import com.fluxpay.payment.application.port.RecurringCharges.SavedMethod;
import com.fluxpay.payment.domain.Money;
import com.github.tomakehurst.wiremock.WireMockServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Stubs follow docs.stripe.com/api: GET /v1/payment_methods/{id} answers a PaymentMethod whose {@code customer}
 * is the Customer it is attached to (null when none); an off-session PaymentIntent is a form-encoded POST with
 * customer, payment_method, off_session=true and confirm=true; a card that needs its holder fails with 402
 * {"error":{"type":"card_error","code":"authentication_required","payment_intent":{...}}}; 404s are
 * invalid_request_error resource_missing.
 */
class StripeRecurringClientTest {

    private static final String BEARER = "Bearer sk_test_4eC39HqLyjWDarjtT1zdp7dc";
    private static final SavedMethod METHOD = new SavedMethod("cus_NffrFeUfNV2Hib",
            new BillingKey("pm_1MqM05LkdIwHu7ixlDxxO6Mc"));

    private static WireMockServer stripe;
    private StripeRecurringClient client;

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
        client = new StripeRecurringClient(PspStub.client(stripe), "sk_test_4eC39HqLyjWDarjtT1zdp7dc");
    }

    private static RecurringCharges.SavedCharge charge() {
        return new RecurringCharges.SavedCharge(METHOD, "pay_1", "ord_1", "FluxPay Pro monthly", "fluxpay-pay_1",
                Money.of(1_500, "EUR"));
    }

    private static RecurringCharges.SaveMethodRequest save(String paymentMethod) {
        return new RecurringCharges.SaveMethodRequest("cus_NffrFeUfNV2Hib", paymentMethod, "save-1");
    }

    private static String paymentMethod(String id, String customer) {
        return """
                {"id":"%s","object":"payment_method","type":"card","customer":%s,
                 "card":{"brand":"visa","last4":"4242","exp_month":8,"exp_year":2030}}"""
                .formatted(id, customer == null ? "null" : "\"" + customer + "\"");
    }

    @Test
    void a_payment_method_attached_to_the_customer_is_saved() {
        stripe.stubFor(get("/v1/payment_methods/pm_1MqM05LkdIwHu7ixlDxxO6Mc").withHeader("Authorization",
                equalTo(BEARER)).willReturn(okJson(paymentMethod("pm_1MqM05LkdIwHu7ixlDxxO6Mc", "cus_NffrFeUfNV2Hib"))));

        assertThat(client.saveMethod(save("pm_1MqM05LkdIwHu7ixlDxxO6Mc"))).isEqualTo(new RecurringCharges.Saved(METHOD));
    }

    @Test
    void a_payment_method_of_another_customer_or_of_none_is_refused() {
        stripe.stubFor(get("/v1/payment_methods/pm_other").willReturn(okJson(paymentMethod("pm_other", "cus_Someone"))));
        stripe.stubFor(get("/v1/payment_methods/pm_loose").willReturn(okJson(paymentMethod("pm_loose", null))));

        assertThat(client.saveMethod(save("pm_other"))).isInstanceOf(RecurringCharges.Refused.class);
        assertThat(client.saveMethod(save("pm_loose"))).isInstanceOf(RecurringCharges.Refused.class);
    }

    @Test
    void a_payment_method_stripe_does_not_know_is_refused_and_a_stripe_that_fails_is_asked_again_later() {
        stripe.stubFor(get("/v1/payment_methods/pm_nope").willReturn(aResponse().withStatus(404)
                .withHeader("Content-Type", "application/json").withBody("""
                        {"error":{"type":"invalid_request_error","code":"resource_missing","param":"payment_method",
                         "message":"No such PaymentMethod: 'pm_nope'"}}""")));
        stripe.stubFor(get("/v1/payment_methods/pm_busy").willReturn(aResponse().withStatus(503)));

        assertThat(client.saveMethod(save("pm_nope")))
                .isEqualTo(new RecurringCharges.Refused("resource_missing", "No such PaymentMethod: 'pm_nope'"));
        assertThatThrownBy(() -> client.saveMethod(save("pm_busy"))).isInstanceOf(PspUnavailableException.class);
    }

    @Test
    void an_off_session_charge_confirms_a_payment_intent_for_the_customer_and_is_approved() {
        stripe.stubFor(post("/v1/payment_intents").willReturn(okJson("""
                {"id":"pi_3MtweELkdIwHu7ix0Dt0gF2H","object":"payment_intent","amount":1500,"currency":"eur",
                 "customer":"cus_NffrFeUfNV2Hib","payment_method":"pm_1MqM05LkdIwHu7ixlDxxO6Mc",
                 "status":"succeeded"}""")));

        assertThat(client.chargeSaved(charge())).isEqualTo(new ChargeResult.Approved("pi_3MtweELkdIwHu7ix0Dt0gF2H"));
        stripe.verify(1, postRequestedFor(urlEqualTo("/v1/payment_intents"))
                .withHeader("Authorization", equalTo(BEARER)).withHeader("Idempotency-Key", equalTo("fluxpay-pay_1"))
                .withHeader("Content-Type", containing("application/x-www-form-urlencoded"))
                .withFormParam("amount", equalTo("1500")).withFormParam("currency", equalTo("eur"))
                .withFormParam("customer", equalTo("cus_NffrFeUfNV2Hib"))
                .withFormParam("payment_method", equalTo("pm_1MqM05LkdIwHu7ixlDxxO6Mc"))
                .withFormParam("off_session", equalTo("true")).withFormParam("confirm", equalTo("true"))
                .withFormParam("automatic_payment_methods[allow_redirects]", equalTo("never"))
                .withFormParam("metadata[fluxpay_payment_id]", equalTo("pay_1"))
                .withFormParam("metadata[fluxpay_order_id]", equalTo("ord_1")));
    }

    @Test
    void a_card_that_needs_its_holder_is_declined_off_session_with_authentication_required() {
        stripe.stubFor(post("/v1/payment_intents").willReturn(aResponse().withStatus(402)
                .withHeader("Content-Type", "application/json").withBody("""
                        {"error":{"type":"card_error","code":"authentication_required",
                         "decline_code":"authentication_required",
                         "message":"Your card was declined. This transaction requires authentication.",
                         "payment_intent":{"id":"pi_3MtweELkdIwHu7ix0Dt0gF2H","object":"payment_intent",
                                           "status":"requires_payment_method"}}}""")));

        assertThat(client.chargeSaved(charge())).isEqualTo(new ChargeResult.Declined("authentication_required",
                "Your card was declined. This transaction requires authentication."));
    }

    @Test
    void an_off_session_charge_that_times_out_is_unknown_and_not_retried() {
        stripe.stubFor(post("/v1/payment_intents").willReturn(okJson("{\"id\":\"pi_1\",\"status\":\"succeeded\"}")
                .withFixedDelay((int) PspStub.READ_TIMEOUT.toMillis() * 3)));

        assertThat(client.chargeSaved(charge())).isInstanceOf(ChargeResult.Unknown.class);
        stripe.verify(1, postRequestedFor(urlEqualTo("/v1/payment_intents")));
        stripe.verify(0, getRequestedFor(urlEqualTo("/v1/payment_methods/pm_1MqM05LkdIwHu7ixlDxxO6Mc")));
    }

    @Test
    void a_500_is_unknown_because_stripe_may_have_charged_before_failing() {
        stripe.stubFor(post("/v1/payment_intents").willReturn(aResponse().withStatus(500)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"error\":{\"type\":\"api_error\",\"message\":\"An unknown error occurred\"}}")));

        assertThat(client.chargeSaved(charge())).isInstanceOf(ChargeResult.Unknown.class);
    }
}
