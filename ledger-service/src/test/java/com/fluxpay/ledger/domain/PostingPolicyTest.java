package com.fluxpay.ledger.domain;

import static com.fluxpay.ledger.domain.AccountCode.AUTHORIZATIONS_PENDING;
import static com.fluxpay.ledger.domain.AccountCode.AUTHORIZATIONS_RECEIVABLE;
import static com.fluxpay.ledger.domain.AccountCode.MERCHANT_PAYABLE;
import static com.fluxpay.ledger.domain.AccountCode.PSP_CLEARING;
import static com.fluxpay.ledger.domain.Events.account;
import static com.fluxpay.ledger.domain.Events.approvedAutomatic;
import static com.fluxpay.ledger.domain.Events.approvedManual;
import static com.fluxpay.ledger.domain.Events.canceled;
import static com.fluxpay.ledger.domain.Events.captured;
import static com.fluxpay.ledger.domain.Events.failed;
import static com.fluxpay.ledger.domain.Events.refunded;
import static org.assertj.core.api.Assertions.assertThat;

import com.fluxpay.ledger.domain.PostingOutcome.NothingToPost;
import com.fluxpay.ledger.domain.PostingOutcome.Posted;
import com.fluxpay.ledger.domain.PostingOutcome.Rejected;
import java.util.Currency;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class PostingPolicyTest {

    private final InMemoryLedger ledger = new InMemoryLedger();

    private static RejectionReason reasonOf(PostingOutcome outcome) {
        assertThat(outcome).isInstanceOf(Rejected.class);
        return ((Rejected) outcome).reason();
    }

    @Test
    void an_automatic_approval_books_the_capture_owed_to_the_merchant() {
        var outcome = ledger.apply(approvedAutomatic("pay_1", 15_000));

        assertThat(outcome).isInstanceOf(Posted.class);
        assertThat(((Posted) outcome).entry().kind()).isEqualTo(EntryKind.CAPTURE);
        assertThat(ledger.balance(account(PSP_CLEARING))).isEqualTo(15_000);
        assertThat(ledger.balance(account(MERCHANT_PAYABLE))).isEqualTo(15_000);
    }

    @Test
    void a_manual_approval_books_a_pending_hold_and_captures_post_it_part_by_part() {
        ledger.apply(approvedManual("pay_1", 10_000));
        assertThat(ledger.balance(account(AUTHORIZATIONS_RECEIVABLE))).isEqualTo(10_000);
        assertThat(ledger.positions.get("pay_1").holdStatus()).isEqualTo(HoldStatus.PENDING);

        ledger.apply(captured("pay_1", 4_000));
        assertThat(ledger.positions.get("pay_1").holdStatus()).isEqualTo(HoldStatus.PENDING);
        ledger.apply(captured("pay_1", 6_000));

        assertThat(ledger.positions.get("pay_1").holdStatus()).isEqualTo(HoldStatus.POSTED);
        assertThat(ledger.balance(account(AUTHORIZATIONS_RECEIVABLE))).isZero();
        assertThat(ledger.balance(account(AUTHORIZATIONS_PENDING))).isZero();
        assertThat(ledger.balance(account(MERCHANT_PAYABLE))).isEqualTo(10_000);
    }

    @Test
    void a_cancel_voids_the_rest_of_the_hold_and_the_hold_then_stays_closed() {
        ledger.apply(approvedManual("pay_1", 10_000));
        ledger.apply(captured("pay_1", 3_000));
        var voided = ledger.apply(canceled("pay_1", 7_000));

        assertThat(((Posted) voided).entry().amountIn(Events.KRW)).isEqualTo(7_000);
        assertThat(ledger.positions.get("pay_1").holdStatus()).isEqualTo(HoldStatus.VOIDED);
        assertThat(ledger.balance(account(AUTHORIZATIONS_RECEIVABLE))).isZero();
        assertThat(reasonOf(ledger.apply(captured("pay_1", 1_000)))).isEqualTo(RejectionReason.NO_PENDING_HOLD);
        assertThat(ledger.apply(canceled("pay_1", 7_000))).isInstanceOf(NothingToPost.class);
    }

    @Test
    void a_capture_beyond_the_hold_is_rejected_and_books_nothing() {
        ledger.apply(approvedManual("pay_1", 10_000));

        assertThat(reasonOf(ledger.apply(captured("pay_1", 10_001)))).isEqualTo(RejectionReason.CAPTURE_EXCEEDS_HOLD);
        assertThat(ledger.entries).hasSize(1);
    }

    @Test
    void a_capture_of_a_payment_captured_at_approval_is_rejected() {
        ledger.apply(approvedAutomatic("pay_1", 10_000));

        assertThat(reasonOf(ledger.apply(captured("pay_1", 10_000)))).isEqualTo(RejectionReason.NO_PENDING_HOLD);
    }

    @Test
    void refunds_move_money_back_until_the_captured_amount_is_used_up() {
        ledger.apply(approvedAutomatic("pay_1", 10_000));
        assertThat(ledger.apply(refunded("pay_1", 4_000))).isInstanceOf(Posted.class);
        assertThat(ledger.apply(refunded("pay_1", 6_000))).isInstanceOf(Posted.class);

        assertThat(reasonOf(ledger.apply(refunded("pay_1", 1)))).isEqualTo(RejectionReason.REFUND_EXCEEDS_CAPTURED);
        assertThat(ledger.balance(account(PSP_CLEARING))).isZero();
        assertThat(ledger.balance(account(MERCHANT_PAYABLE))).isZero();
    }

    @Test
    void an_event_for_a_payment_never_seen_approved_is_rejected_as_a_missing_approval() {
        assertThat(reasonOf(ledger.apply(captured("pay_1", 1_000)))).isEqualTo(RejectionReason.NO_APPROVAL_SEEN);
        assertThat(reasonOf(ledger.apply(refunded("pay_1", 1_000)))).isEqualTo(RejectionReason.NO_APPROVAL_SEEN);
        assertThat(ledger.entries).isEmpty();
    }

    @Test
    void a_second_approval_of_one_payment_under_a_new_event_id_is_not_booked() {
        ledger.apply(approvedAutomatic("pay_1", 10_000));

        assertThat(reasonOf(ledger.apply(approvedAutomatic("pay_1", 10_000)))).isEqualTo(RejectionReason.ALREADY_APPROVED);
        assertThat(ledger.balance(account(MERCHANT_PAYABLE))).isEqualTo(10_000);
    }

    @Test
    void an_event_in_another_currency_than_its_payment_is_rejected() {
        ledger.apply(approvedAutomatic("pay_1", 10_000));
        var usd = new MoneyEvent.Refunded(UUID.randomUUID(), "pay_1", "rf_1", Events.TENANT,
                Currency.getInstance("USD"), 100, Events.AT);

        assertThat(reasonOf(ledger.apply(usd))).isEqualTo(RejectionReason.CURRENCY_DIFFERS);
    }

    @Test
    void a_failed_payment_moves_no_money() {
        assertThat(ledger.apply(failed("pay_1"))).isInstanceOf(NothingToPost.class);
        assertThat(ledger.entries).isEmpty();
    }

    @Test
    void an_entry_that_would_overdraw_a_guarded_account_is_rejected() {
        // a position that claims more was captured than the books hold: only the account guard catches it
        var inconsistent = new PaymentPosition("pay_1", Events.TENANT, Events.KRW, true, HoldStatus.NONE, 0, 0, 5_000, 0);
        var outcome = new PostingPolicy().apply(inconsistent, refunded("pay_1", 5_000), account -> 0L);

        assertThat(reasonOf(outcome)).isEqualTo(RejectionReason.OVERDRAFT);
    }
}
