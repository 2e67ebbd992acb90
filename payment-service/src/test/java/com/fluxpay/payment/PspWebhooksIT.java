package com.fluxpay.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fluxpay.contracts.psp.PspEventTypes;
import com.fluxpay.contracts.psp.PspWebhookReceived;
import com.fluxpay.contracts.payment.CaptureMode;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * PSP webhooks as the gateway publishes them, applied to payments: they resolve what is unresolved by asking the
 * PSP, and in any order or number change nothing else. The reconciler never runs here, so whatever resolves a
 * payment is the webhook.
 */
class PspWebhooksIT extends PaymentServiceScenario {

    private static PspWebhookReceived sandboxWebhook(String eventId, String type, String paymentId, String status,
                                                     Instant at) {
        String body = "{\"id\":\"" + eventId + "\",\"type\":\"" + type + "\",\"created\":" + at.getEpochSecond()
                + ",\"data\":{\"reference\":\"" + paymentId + "\",\"chargeId\":\"ch_" + paymentId
                + "\",\"status\":\"" + status + "\"}}";
        return new PspWebhookReceived("sandbox", eventId, type, paymentId, "ch_" + paymentId, at, body);
    }

    private void deliver(PspWebhookReceived webhook, String key) {
        probe.send(PspEventTypes.WEBHOOK_RECEIVED, key, null, webhook);
    }

    /** Waits until the consumer recorded this PSP event: it, and everything before it on its key, was handled. */
    private void awaitRecorded(PspWebhookReceived webhook) {
        UUID id = UUID.nameUUIDFromBytes(("psp-webhook/" + webhook.psp() + "/" + webhook.pspEventId())
                .getBytes(StandardCharsets.UTF_8));
        await().atMost(Checkout.WAIT).until(() -> jdbc.queryForObject(
                "SELECT count(*) FROM inbox_event WHERE consumer = 'psp-webhooks' AND event_id = ?", Integer.class,
                id) == 1);
    }

    private int outboxed(Checkout checkout, String type) {
        return jdbc.queryForObject("SELECT count(*) FROM outbox_event WHERE message_key = ? AND event_type = ?",
                Integer.class, checkout.paymentId, type);
    }

    @Test
    void a_payment_left_unknown_is_resolved_by_its_webhook_and_charged_once() {
        var checkout = new Checkout(probe, 7_000).opened();
        checkout.confirm("tok_timeout", CaptureMode.AUTOMATIC);
        rows.awaitState(checkout, "UNKNOWN");

        deliver(sandboxWebhook("evt_" + checkout.paymentId, "charge.succeeded", checkout.paymentId, "approved",
                Instant.now()), checkout.paymentId);

        assertThat(checkout.awaitPaymentEvent("payment.approved").value()).contains("\"capturedAmount\":7000");
        checkout.awaitOrderEvent("order.paid");
        assertThat(rows.state(checkout)).isEqualTo("CAPTURED");
        assertThat(checkout.chargesAtPsp()).isOne();
    }

    @Test
    void the_same_webhook_twice_and_an_older_webhook_after_a_newer_one_change_nothing() {
        var checkout = new Checkout(probe, 8_000).opened();
        checkout.confirm("tok_timeout", CaptureMode.AUTOMATIC);
        rows.awaitState(checkout, "UNKNOWN");
        var now = Instant.now();
        var succeeded = sandboxWebhook("evt_ok_" + checkout.paymentId, "charge.succeeded", checkout.paymentId,
                "approved", now);
        var olderPending = sandboxWebhook("evt_pending_" + checkout.paymentId, "charge.pending", checkout.paymentId,
                "pending", now.minusSeconds(60));
        deliver(succeeded, checkout.paymentId);
        checkout.awaitPaymentEvent("payment.approved");

        deliver(succeeded, checkout.paymentId);
        deliver(olderPending, checkout.paymentId);
        awaitRecorded(olderPending);

        assertThat(rows.state(checkout)).isEqualTo("CAPTURED");
        assertThat(outboxed(checkout, "payment.approved")).isOne();
        assertThat(outboxed(checkout, "payment.failed")).isZero();
    }

    @Test
    void a_webhook_the_psp_cannot_confirm_yet_never_fails_the_payment() {
        var checkout = new Checkout(probe, 9_000).opened();
        checkout.confirm("tok_error", CaptureMode.AUTOMATIC);
        rows.awaitState(checkout, "UNKNOWN");
        var unconfirmed = sandboxWebhook("evt_err_" + checkout.paymentId, "charge.failed", checkout.paymentId,
                "declined", Instant.now());
        var marker = sandboxWebhook("evt_marker_" + checkout.paymentId, "charge.succeeded", "pay_nobody_knows",
                "approved", Instant.now());

        deliver(unconfirmed, checkout.paymentId);
        deliver(marker, checkout.paymentId);
        awaitRecorded(marker);

        // the sandbox has no record of the charge: only the reconciler, after settle-after, may call that PAY_005
        assertThat(rows.state(checkout)).isEqualTo("UNKNOWN");
        assertThat(outboxed(checkout, "payment.failed")).isZero();
    }

    @Test
    void a_webhook_about_a_payment_nobody_knows_is_recorded_and_ignored_without_a_dead_letter() {
        var stranger = sandboxWebhook("evt_stranger_" + UUID.randomUUID(), "charge.succeeded",
                "pay_" + UUID.randomUUID(), "approved", Instant.now());

        deliver(stranger, stranger.paymentReference());

        awaitRecorded(stranger);
        assertThat(probe.eventsWithKey("fluxpay.payment.dlq", stranger.paymentReference())).isEmpty();
    }
}
