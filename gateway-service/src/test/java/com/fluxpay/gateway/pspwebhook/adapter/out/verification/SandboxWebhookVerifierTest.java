package com.fluxpay.gateway.pspwebhook.adapter.out.verification;

import com.fluxpay.gateway.pspwebhook.SignedWebhooks;

import static com.fluxpay.gateway.pspwebhook.SignedWebhooks.CLOCK;
import static com.fluxpay.gateway.pspwebhook.SignedWebhooks.JSON;
import static com.fluxpay.gateway.pspwebhook.SignedWebhooks.NOW;
import static com.fluxpay.gateway.pspwebhook.SignedWebhooks.SANDBOX_SECRET;
import static com.fluxpay.gateway.pspwebhook.SignedWebhooks.header;
import static com.fluxpay.gateway.pspwebhook.SignedWebhooks.sandboxEvent;
import static org.assertj.core.api.Assertions.assertThat;

import com.fluxpay.gateway.pspwebhook.application.port.PspWebhookVerifier;
import com.fluxpay.gateway.pspwebhook.adapter.out.verification.PspWebhookVerifiers;
import com.fluxpay.gateway.pspwebhook.domain.WebhookVerdict;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SandboxWebhookVerifierTest {

    private final PspWebhookVerifier sandbox =
            PspWebhookVerifiers.sandbox(List.of(SANDBOX_SECRET), Duration.ofMinutes(5), CLOCK, JSON);
    private final String paymentId = SignedWebhooks.newPaymentId();
    private final byte[] body = sandboxEvent("evt_s1", "charge.succeeded", paymentId, "approved");

    private WebhookVerdict verify(PspWebhookVerifier verifier, String signature, byte[] sent) {
        return verifier.verify(Map.of("Sandbox-Signature", signature)::get, sent);
    }

    @Test
    void a_signed_sandbox_event_is_accepted_with_its_reference_and_charge() {
        var verdict = (WebhookVerdict.Accepted) verify(sandbox, header(SANDBOX_SECRET, NOW, body), body);

        assertThat(verdict.webhook().eventId()).isEqualTo("evt_s1");
        assertThat(verdict.webhook().eventType()).isEqualTo("charge.succeeded");
        assertThat(verdict.webhook().paymentReference()).isEqualTo(paymentId);
        assertThat(verdict.webhook().pspObjectId()).isEqualTo("ch_" + paymentId);
    }

    @Test
    void a_body_changed_after_signing_is_refused() {
        assertThat(verify(sandbox, header(SANDBOX_SECRET, NOW, body), SignedWebhooks.tampered(body)))
                .isInstanceOf(WebhookVerdict.Refused.class);
    }

    @Test
    void a_signature_made_with_another_secret_is_refused() {
        assertThat(verify(sandbox, header("whsec_guess", NOW, body), body)).isInstanceOf(WebhookVerdict.Refused.class);
    }

    @Test
    void a_signature_outside_the_tolerance_window_is_refused() {
        assertThat(verify(sandbox, header(SANDBOX_SECRET, NOW.minus(Duration.ofHours(1)), body), body))
                .isInstanceOf(WebhookVerdict.Refused.class);
    }

    @Test
    void several_v1_signatures_are_accepted_when_one_matches_a_current_secret() {
        var rolled = SignedWebhooks.headerWithTwoSignatures(SANDBOX_SECRET, "whsec_next", NOW, body);

        assertThat(verify(sandbox, rolled, body)).isInstanceOf(WebhookVerdict.Accepted.class);
    }

    @Test
    void a_stripe_signature_header_does_not_stand_in_for_the_sandbox_one() {
        var verdict = sandbox.verify(Map.of("Stripe-Signature", header(SANDBOX_SECRET, NOW, body))::get, body);

        assertThat(verdict).isInstanceOf(WebhookVerdict.Refused.class);
    }
}
