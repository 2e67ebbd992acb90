package com.fluxpay.payment;

import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.fluxpay.contracts.payment.CaptureMode;
import com.fluxpay.contracts.psp.PspEventTypes;
import com.fluxpay.contracts.psp.PspWebhookReceived;
import com.fluxpay.payment.adapter.out.metrics.PaymentStateMetrics;
import com.fluxpay.payment.application.ReconcilingUnknownPayments;
import com.fluxpay.payment.application.ReturningStrayCharges;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A PSP that answered "no such charge" and approved later: the payment stays failed and the order canceled,
 * and the customer's money is given back once, whatever repeats.
 */
class StrayChargeIT extends PaymentServiceScenario {

    @Autowired
    ReconcilingUnknownPayments reconciler;
    @Autowired
    ReturningStrayCharges returning;
    @Autowired
    PaymentStateMetrics metrics;
    @Autowired
    MeterRegistry meters;

    private double strayChargesGauge(String status) {
        metrics.refresh();
        return meters.get("fluxpay.payments.stray.charges").tag("status", status).gauge().value();
    }

    /** A payment the reconciler failed (PAY_005) because the sandbox had no record of its charge yet. */
    private Checkout failedAsNotCharged() {
        var checkout = new Checkout(probe, 6_000).opened();
        checkout.confirm("tok_error", CaptureMode.AUTOMATIC);
        rows.awaitState(checkout, "UNKNOWN");
        reconciler.run();
        rows.awaitState(checkout, "FAILED");
        return checkout;
    }

    /** From now on the sandbox says every charge it is asked about went through. */
    private static void pspApprovesLate() {
        SandboxPsp.server().setScenarioState("sandbox-lost-answer", "charged");
    }

    private void webhookSaysSucceeded(Checkout checkout, String eventId) {
        String body = "{\"id\":\"" + eventId + "\",\"type\":\"charge.succeeded\",\"data\":{\"reference\":\""
                + checkout.paymentId + "\",\"status\":\"approved\"}}";
        probe.send(PspEventTypes.WEBHOOK_RECEIVED, checkout.paymentId, null, new PspWebhookReceived("sandbox",
                eventId, "charge.succeeded", checkout.paymentId, "ch_" + checkout.paymentId, Instant.now(), body));
    }

    private int refundsAtPsp(Checkout checkout) {
        return SandboxPsp.server().findAll(postRequestedFor(urlPathEqualTo(
                "/v1/charges/ch_" + checkout.paymentId + "/refunds"))).size();
    }

    @Test
    void a_late_approval_of_a_failed_payment_is_given_back_once_and_the_order_stays_canceled() {
        var checkout = failedAsNotCharged();
        pspApprovesLate();

        webhookSaysSucceeded(checkout, "evt_late_" + checkout.paymentId);
        assertThat(checkout.awaitPaymentEvent("payment.stray_charge.detected").value())
                .contains("\"amount\":6000", "\"pspReference\":\"ch_" + checkout.paymentId + "\"");
        webhookSaysSucceeded(checkout, "evt_late_again_" + checkout.paymentId);
        assertThat(strayChargesGauge("DETECTED")).isGreaterThanOrEqualTo(1);
        returning.run();
        returning.run();
        assertThat(strayChargesGauge("DETECTED")).isZero();

        assertThat(checkout.awaitPaymentEvent("payment.stray_charge.returned").value()).contains("\"amount\":6000");
        assertThat(checkout.awaitPaymentEvents("payment.stray_charge.detected", 1)).hasSize(1);
        assertThat(refundsAtPsp(checkout)).isOne();
        var refund = SandboxPsp.server().findAll(postRequestedFor(urlPathEqualTo(
                "/v1/charges/ch_" + checkout.paymentId + "/refunds"))).getFirst();
        assertThat(refund.getHeader("Idempotency-Key")).isEqualTo("stray-" + checkout.paymentId);
        assertThat(rows.state(checkout)).isEqualTo("FAILED");
        assertThat(rows.orderStatus(checkout)).isEqualTo("CANCELLED");
        assertThat(jdbc.queryForObject("SELECT status FROM stray_charges WHERE payment_id = ?", String.class,
                checkout.paymentId)).isEqualTo("RETURNED");
    }

    @Test
    void a_webhook_about_a_failed_payment_the_psp_still_has_no_record_of_changes_nothing() {
        var checkout = failedAsNotCharged();

        webhookSaysSucceeded(checkout, "evt_bogus_" + checkout.paymentId);
        returning.run();

        assertThat(checkout.awaitPaymentEvents("payment.failed", 1)).hasSize(1);
        org.awaitility.Awaitility.await().during(java.time.Duration.ofSeconds(2))
                .atMost(java.time.Duration.ofSeconds(5)).until(() -> jdbc.queryForObject(
                        "SELECT count(*) FROM stray_charges WHERE payment_id = ?", Integer.class, checkout.paymentId) == 0);
        assertThat(refundsAtPsp(checkout)).isZero();
    }
}
