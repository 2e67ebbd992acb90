package com.fluxpay.gateway.pspwebhook.adapter.out.verification;

import com.fluxpay.gateway.pspwebhook.SignedWebhooks;

import static com.fluxpay.gateway.pspwebhook.SignedWebhooks.CLOCK;
import static com.fluxpay.gateway.pspwebhook.SignedWebhooks.JSON;
import static com.fluxpay.gateway.pspwebhook.SignedWebhooks.NOW;
import static com.fluxpay.gateway.pspwebhook.SignedWebhooks.STRIPE_OLD_SECRET;
import static com.fluxpay.gateway.pspwebhook.SignedWebhooks.STRIPE_SECRET;
import static com.fluxpay.gateway.pspwebhook.SignedWebhooks.header;
import static com.fluxpay.gateway.pspwebhook.SignedWebhooks.stripeEvent;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fluxpay.gateway.pspwebhook.application.port.PspWebhookVerifier;
import com.fluxpay.gateway.pspwebhook.adapter.out.verification.PspWebhookVerifiers;
import com.fluxpay.gateway.pspwebhook.domain.VerifiedWebhook;
import com.fluxpay.gateway.pspwebhook.domain.WebhookVerdict;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StripeWebhookVerifierTest {

    private final PspWebhookVerifier stripe =
            PspWebhookVerifiers.stripe(List.of(STRIPE_SECRET), Duration.ofMinutes(5), CLOCK, JSON);
    private final String paymentId = SignedWebhooks.newPaymentId();
    private final byte[] body = stripeEvent("evt_1", "payment_intent.succeeded", paymentId);

    private WebhookVerdict verify(PspWebhookVerifier verifier, String signature, byte[] sent) {
        return verifier.verify(Map.of("Stripe-Signature", signature)::get, sent);
    }

    @Test
    void an_event_signed_with_the_endpoint_secret_is_accepted_with_the_payment_it_names() {
        var verdict = verify(stripe, header(STRIPE_SECRET, NOW.minusSeconds(30), body), body);

        assertThat(verdict).isInstanceOf(WebhookVerdict.Accepted.class);
        VerifiedWebhook webhook = ((WebhookVerdict.Accepted) verdict).webhook();
        assertThat(webhook.eventId()).isEqualTo("evt_1");
        assertThat(webhook.eventType()).isEqualTo("payment_intent.succeeded");
        assertThat(webhook.paymentReference()).isEqualTo(paymentId);
        assertThat(webhook.pspObjectId()).startsWith("pi_");
    }

    @Test
    void a_body_changed_after_signing_is_refused() {
        var signature = header(STRIPE_SECRET, NOW, body);

        assertThat(verify(stripe, signature, SignedWebhooks.tampered(body))).isInstanceOf(WebhookVerdict.Refused.class);
    }

    @Test
    void a_signature_made_with_another_secret_is_refused() {
        assertThat(verify(stripe, header("whsec_someone_else", NOW, body), body))
                .isInstanceOf(WebhookVerdict.Refused.class);
    }

    @Test
    void a_signature_older_than_the_tolerance_is_refused_as_a_replay() {
        assertThat(verify(stripe, header(STRIPE_SECRET, NOW.minus(Duration.ofMinutes(5)).minusSeconds(1), body), body))
                .isInstanceOf(WebhookVerdict.Refused.class);
        assertThat(verify(stripe, header(STRIPE_SECRET, NOW.minus(Duration.ofMinutes(5)), body), body))
                .isInstanceOf(WebhookVerdict.Accepted.class);
    }

    @Test
    void a_signature_dated_beyond_the_tolerance_in_the_future_is_refused() {
        assertThat(verify(stripe, header(STRIPE_SECRET, NOW.plus(Duration.ofMinutes(6)), body), body))
                .isInstanceOf(WebhookVerdict.Refused.class);
    }

    @Test
    void during_a_secret_roll_a_header_with_several_v1_is_accepted_when_one_matches() {
        var rolled = SignedWebhooks.headerWithTwoSignatures("whsec_not_ours_any_more", STRIPE_SECRET, NOW, body);

        assertThat(verify(stripe, rolled, body)).isInstanceOf(WebhookVerdict.Accepted.class);
    }

    @Test
    void an_endpoint_holding_the_old_and_the_new_secret_accepts_either_while_the_roll_lasts() {
        var rolling = PspWebhookVerifiers.stripe(List.of(STRIPE_SECRET, STRIPE_OLD_SECRET), Duration.ofMinutes(5),
                CLOCK, JSON);

        assertThat(verify(rolling, header(STRIPE_OLD_SECRET, NOW, body), body)).isInstanceOf(WebhookVerdict.Accepted.class);
        assertThat(verify(rolling, header(STRIPE_SECRET, NOW, body), body)).isInstanceOf(WebhookVerdict.Accepted.class);
    }

    @Test
    void a_webhook_without_the_signature_header_or_with_a_malformed_one_is_refused() {
        assertThat(stripe.verify(name -> null, body)).isInstanceOf(WebhookVerdict.Refused.class);
        assertThat(verify(stripe, "v1=abc", body)).isInstanceOf(WebhookVerdict.Refused.class);
        assertThat(verify(stripe, "t=" + NOW.getEpochSecond() + ",v1=not-hex", body))
                .isInstanceOf(WebhookVerdict.Refused.class);
        assertThat(verify(stripe, "t=" + NOW.getEpochSecond() + ",v0=" + "00".repeat(32), body))
                .isInstanceOf(WebhookVerdict.Refused.class);
    }

    @Test
    void a_signed_body_that_is_not_a_stripe_event_is_refused() {
        byte[] notAnEvent = "[1,2,3]".getBytes();

        assertThat(verify(stripe, header(STRIPE_SECRET, NOW, notAnEvent), notAnEvent))
                .isInstanceOf(WebhookVerdict.Refused.class);
    }

    @Test
    void a_genuine_event_about_no_payment_of_ours_is_accepted_without_a_payment_reference() {
        byte[] customer = SignedWebhooks.stripeCustomerEvent("evt_2");

        var verdict = verify(stripe, header(STRIPE_SECRET, NOW, customer), customer);

        assertThat(((WebhookVerdict.Accepted) verdict).webhook().paymentReference()).isNull();
    }

    @Test
    void an_endpoint_without_a_secret_cannot_be_built() {
        assertThatThrownBy(() -> PspWebhookVerifiers.stripe(List.of(""), Duration.ofMinutes(5), CLOCK, JSON))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
