package com.fluxpay.payment.adapter.out.psp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fluxpay.payment.SandboxPsp;
import com.fluxpay.payment.application.port.ChargeResult;
import com.fluxpay.payment.application.port.OperationResult;
import com.fluxpay.payment.application.port.PaymentProvider;
import com.fluxpay.payment.application.port.PspUnavailableException;
import com.fluxpay.payment.application.port.RecurringCharges;
import com.fluxpay.payment.domain.CaptureMode;
import com.fluxpay.payment.domain.Money;
import java.time.Instant;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The sandbox connector against the stubs in local-stack's sandbox-psp/mappings.json. */
class SandboxClientTest {

    private final SandboxClient client = new SandboxClient(
            HttpClients.withTimeouts(SandboxPsp.url(), Duration.ofSeconds(1), Duration.ofSeconds(1)).build());

    @BeforeEach
    void freshScenarios() {
        SandboxPsp.server().resetScenarios();
    }

    private static PaymentProvider.Charge charge(String reference, String token) {
        return new PaymentProvider.Charge(reference, "ord_1", "fluxpay-" + reference, Money.of(5_000, "KRW"), token,
                CaptureMode.AUTOMATIC, Map.of());
    }

    private static String reference() {
        return "pay_" + UUID.randomUUID();
    }

    @Test
    void tok_approve_is_approved_with_a_charge_id() {
        var reference = reference();
        assertThat(client.charge(charge(reference, "tok_approve"))).isEqualTo(new ChargeResult.Approved("ch_" + reference));
    }

    @Test
    void tok_decline_is_declined_with_the_error_code_of_the_402_body() {
        var result = (ChargeResult.Declined) client.charge(charge(reference(), "tok_decline"));
        assertThat(result.code()).isEqualTo("card_declined");
    }

    @Test
    void tok_timeout_answers_too_late_so_the_outcome_is_unknown_yet_a_lookup_finds_it_approved() {
        var reference = reference();
        assertThat(client.charge(charge(reference, "tok_timeout"))).isInstanceOf(ChargeResult.Unknown.class);

        assertThat(client.lookup(new PaymentProvider.ChargeLookup(reference, "ord_1", "fluxpay-" + reference, null,
                Instant.EPOCH)))
                .isEqualTo(new ChargeResult.Approved("ch_" + reference));
    }

    @Test
    void tok_error_is_unknown_because_a_500_may_come_after_the_money_moved() {
        assertThat(client.charge(charge(reference(), "tok_error"))).isInstanceOf(ChargeResult.Unknown.class);
    }

    @Test
    void a_lookup_of_a_charge_the_sandbox_never_saw_says_not_charged() {
        var reference = reference();
        var result = client.lookup(new PaymentProvider.ChargeLookup(reference, "ord_1", "fluxpay-" + reference, null,
                Instant.EPOCH));
        assertThat(result).isInstanceOf(ChargeResult.NotCharged.class);
        assertThat(((ChargeResult.NotCharged) result).neverSent()).isFalse();
    }

    @Test
    void a_refused_connection_is_not_charged_and_never_sent() {
        var nowhere = new SandboxClient(HttpClients.withTimeouts("http://127.0.0.1:1", Duration.ofSeconds(1),
                Duration.ofSeconds(1)).build());
        var result = nowhere.charge(charge(reference(), "tok_approve"));
        assertThat(result).isInstanceOf(ChargeResult.NotCharged.class);
        assertThat(((ChargeResult.NotCharged) result).neverSent()).isTrue();
        assertThatThrownBy(() -> nowhere.refund(new PaymentProvider.Operation("ch_1", "pay_1", Money.of(1, "KRW"),
                "re_1", null))).isInstanceOf(PspUnavailableException.class);
    }

    @Test
    void a_saved_sandbox_token_is_charged_like_a_one_off_charge_with_the_same_four_outcomes() {
        var approve = client.saveMethod(new RecurringCharges.SaveMethodRequest("cust_1", "tok_approve", "save-1"));
        var decline = client.saveMethod(new RecurringCharges.SaveMethodRequest("cust_1", "tok_decline", "save-2"));
        var reference = reference();

        assertThat(client.chargeSaved(new RecurringCharges.SavedCharge(((RecurringCharges.Saved) approve).method(),
                reference, "ord_1", "monthly", "fluxpay-" + reference, Money.of(9_900, "KRW"))))
                .isEqualTo(new ChargeResult.Approved("ch_" + reference));
        assertThat(client.chargeSaved(new RecurringCharges.SavedCharge(((RecurringCharges.Saved) decline).method(),
                reference(), "ord_2", "monthly", "k", Money.of(9_900, "KRW")))).isInstanceOf(ChargeResult.Declined.class);
    }

    @Test
    void capture_cancel_and_refund_are_done() {
        var op = new PaymentProvider.Operation("ch_pay_1", "pay_1", Money.of(1_000, "KRW"), "cap_1", null);
        assertThat(client.capture(op)).isEqualTo(new OperationResult.Done("ch_pay_1", false));
        assertThat(client.cancel(op)).isEqualTo(new OperationResult.Done("ch_pay_1", false));
        assertThat(client.refund(op)).isInstanceOf(OperationResult.Done.class);
    }
}
