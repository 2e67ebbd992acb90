package com.fluxpay.gateway.pspwebhook.adapter.out.verification;

import com.fluxpay.gateway.pspwebhook.SignedWebhooks;

import static com.fluxpay.gateway.pspwebhook.SignedWebhooks.JSON;
import static org.assertj.core.api.Assertions.assertThat;

import com.fluxpay.gateway.pspwebhook.application.port.PspWebhookVerifier;
import com.fluxpay.gateway.pspwebhook.adapter.out.verification.PspWebhookVerifiers;
import com.fluxpay.gateway.pspwebhook.domain.WebhookVerdict;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TossWebhookReaderTest {

    private final PspWebhookVerifier toss = PspWebhookVerifiers.toss(JSON);

    private WebhookVerdict read(byte[] body) {
        return toss.verify(name -> null, body);
    }

    @Test
    void a_payment_status_change_is_accepted_as_a_hint_naming_its_order() {
        var verdict = (WebhookVerdict.Accepted) read(SignedWebhooks.tossStatusChanged("ord_1", "DONE"));

        assertThat(verdict.webhook().eventType()).isEqualTo("PAYMENT_STATUS_CHANGED");
        assertThat(verdict.webhook().paymentReference()).isEqualTo("ord_1");
        assertThat(verdict.webhook().pspObjectId()).isEqualTo("tgen_ord_1");
    }

    @Test
    void toss_resending_the_same_body_gives_the_same_event_id_and_another_status_another() {
        var first = (WebhookVerdict.Accepted) read(SignedWebhooks.tossStatusChanged("ord_1", "DONE"));
        var resent = (WebhookVerdict.Accepted) read(SignedWebhooks.tossStatusChanged("ord_1", "DONE"));
        var canceled = (WebhookVerdict.Accepted) read(SignedWebhooks.tossStatusChanged("ord_1", "CANCELED"));

        assertThat(resent.webhook().eventId()).isEqualTo(first.webhook().eventId()).startsWith("toss_");
        assertThat(canceled.webhook().eventId()).isNotEqualTo(first.webhook().eventId());
    }

    @Test
    void a_virtual_account_deposit_callback_names_its_order_at_the_top_level() {
        var body = "{\"createdAt\":\"2026-11-22T10:00:00.000000\",\"secret\":\"ps_x\",\"status\":\"DONE\","
                + "\"transactionKey\":\"tk_1\",\"orderId\":\"ord_2\"}";

        var verdict = (WebhookVerdict.Accepted) read(body.getBytes(StandardCharsets.UTF_8));

        assertThat(verdict.webhook().paymentReference()).isEqualTo("ord_2");
    }

    @Test
    void a_body_naming_no_order_or_not_json_is_refused() {
        assertThat(read("{\"eventType\":\"PAYMENT_STATUS_CHANGED\",\"data\":{}}".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(WebhookVerdict.Refused.class);
        assertThat(read("not json".getBytes(StandardCharsets.UTF_8))).isInstanceOf(WebhookVerdict.Refused.class);
        assertThat(read(new byte[0])).isInstanceOf(WebhookVerdict.Refused.class);
    }
}
