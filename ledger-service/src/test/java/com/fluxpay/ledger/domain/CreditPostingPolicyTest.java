package com.fluxpay.ledger.domain;

import static com.fluxpay.ledger.domain.AccountCode.BREAKAGE_REVENUE;
import static com.fluxpay.ledger.domain.AccountCode.CREDIT_LIABILITY;
import static com.fluxpay.ledger.domain.AccountCode.CREDIT_REVENUE;
import static com.fluxpay.ledger.domain.AccountCode.MERCHANT_PAYABLE;
import static com.fluxpay.ledger.domain.AccountCode.PSP_CLEARING;
import static com.fluxpay.ledger.domain.CreditEvents.free;
import static com.fluxpay.ledger.domain.CreditEvents.paid;
import static com.fluxpay.ledger.domain.Events.account;
import static com.fluxpay.ledger.domain.Events.approvedAutomatic;
import static com.fluxpay.ledger.domain.Events.refunded;
import static org.assertj.core.api.Assertions.assertThat;

import com.fluxpay.ledger.domain.PostingOutcome.NothingToPost;
import com.fluxpay.ledger.domain.PostingOutcome.Posted;
import com.fluxpay.ledger.domain.PostingOutcome.Rejected;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class CreditPostingPolicyTest {

    private final InMemoryLedger ledger = new InMemoryLedger();
    private final CreditEvents credits = new CreditEvents();

    /** A top-up order of 500 credits paid 15,000 won: the payment's capture, then the grant. */
    private void toppedUp() {
        ledger.apply(approvedAutomatic("pay_topup", 15_000));
        ledger.apply(credits.topUp("topup:ord_1", 500, 15_000, "KRW"));
    }

    private static List<Posting> postingsOf(PostingOutcome outcome) {
        assertThat(outcome).isInstanceOf(Posted.class);
        return ((Posted) outcome).entry().postings();
    }

    private static EntryKind kindOf(PostingOutcome outcome) {
        return ((Posted) outcome).entry().kind();
    }

    @Test
    void a_granted_top_up_moves_its_price_from_the_merchant_payable_into_the_credit_liability() {
        ledger.apply(approvedAutomatic("pay_topup", 15_000));

        var outcome = ledger.apply(credits.topUp("topup:ord_1", 500, 15_000, "KRW"));

        assertThat(kindOf(outcome)).isEqualTo(EntryKind.CREDIT_PURCHASE);
        assertThat(postingsOf(outcome)).containsExactly(Posting.debit(account(MERCHANT_PAYABLE), 15_000),
                Posting.credit(account(CREDIT_LIABILITY), 15_000));
        assertThat(((Posted) outcome).entry().paymentId()).as("the entry's subject is the credit account")
                .isEqualTo(CreditEvents.ACCOUNT);
        assertThat(ledger.balance(account(MERCHANT_PAYABLE))).isZero();
        assertThat(ledger.balance(account(CREDIT_LIABILITY))).isEqualTo(15_000);
    }

    @Test
    void a_consumption_moves_the_value_it_drew_from_the_liability_to_credit_revenue() {
        toppedUp();

        var outcome = ledger.apply(credits.deducted(paid("topup:ord_1", 20, 600, "KRW")));

        assertThat(kindOf(outcome)).isEqualTo(EntryKind.CREDIT_USAGE);
        assertThat(postingsOf(outcome)).containsExactly(Posting.debit(account(CREDIT_LIABILITY), 600),
                Posting.credit(account(CREDIT_REVENUE), 600));
    }

    @Test
    void paid_credits_that_expire_are_breakage_revenue() {
        toppedUp();

        var outcome = ledger.apply(credits.expired(paid("topup:ord_1", 500, 15_000, "KRW")));

        assertThat(kindOf(outcome)).isEqualTo(EntryKind.CREDIT_BREAKAGE);
        assertThat(postingsOf(outcome)).containsExactly(Posting.debit(account(CREDIT_LIABILITY), 15_000),
                Posting.credit(account(BREAKAGE_REVENUE), 15_000));
        assertThat(ledger.balance(account(CREDIT_LIABILITY))).isZero();
    }

    @Test
    void expired_free_credits_move_no_money_and_only_the_paid_part_of_a_mixed_expiry_is_breakage() {
        toppedUp();
        ledger.apply(credits.freeGrant("promo", 100));

        var onlyFree = ledger.apply(credits.expired(free("promo", 60)));
        var mixed = ledger.apply(credits.expired(free("promo", 40), paid("topup:ord_1", 100, 3_000, "KRW")));

        assertThat(onlyFree).isInstanceOf(NothingToPost.class);
        assertThat(postingsOf(mixed)).containsExactly(Posting.debit(account(CREDIT_LIABILITY), 3_000),
                Posting.credit(account(BREAKAGE_REVENUE), 3_000));
    }

    @Test
    void a_refunded_top_up_returns_its_value_to_the_merchant_payable_which_the_payments_refund_pays_out() {
        toppedUp();
        ledger.apply(credits.deducted(paid("topup:ord_1", 100, 3_000, "KRW")));

        var outcome = ledger.apply(credits.refunded(paid("topup:ord_1", 400, 12_000, "KRW")));
        ledger.apply(refunded("pay_topup", 12_000));

        assertThat(kindOf(outcome)).isEqualTo(EntryKind.CREDIT_REFUND);
        assertThat(postingsOf(outcome)).containsExactly(Posting.debit(account(CREDIT_LIABILITY), 12_000),
                Posting.credit(account(MERCHANT_PAYABLE), 12_000));
        assertThat(ledger.balance(account(CREDIT_LIABILITY))).isZero();
        assertThat(ledger.balance(account(MERCHANT_PAYABLE))).as("the pair balances the payable out").isZero();
        assertThat(ledger.balance(account(PSP_CLEARING))).as("what the customer kept paying for").isEqualTo(3_000);
        assertThat(ledger.balance(account(CREDIT_REVENUE))).isEqualTo(3_000);
    }

    @Test
    void a_free_grant_and_free_consumption_book_no_entry() {
        assertThat(ledger.apply(credits.freeGrant("signup", 100))).isInstanceOf(NothingToPost.class);
        assertThat(ledger.apply(credits.deducted(free("signup", 30)))).isInstanceOf(NothingToPost.class);
        assertThat(ledger.entries).isEmpty();
    }

    @Test
    void a_release_books_nothing() {
        toppedUp();

        assertThat(ledger.apply(credits.released(10))).isInstanceOf(NothingToPost.class);
    }

    @Test
    void a_usage_drawing_from_top_ups_in_two_currencies_balances_in_each() {
        toppedUp();
        ledger.apply(approvedUsd());
        ledger.apply(credits.topUp("topup:ord_2", 100, 1_000, "USD"));

        var outcome = ledger.apply(credits.deducted(paid("topup:ord_1", 10, 300, "KRW"),
                paid("topup:ord_2", 10, 100, "USD")));

        var usd = Currency.getInstance("USD");
        assertThat(postingsOf(outcome)).containsExactly(Posting.debit(account(CREDIT_LIABILITY), 300),
                Posting.credit(account(CREDIT_REVENUE), 300),
                Posting.debit(new AccountRef(Events.TENANT, CREDIT_LIABILITY, usd), 100),
                Posting.credit(new AccountRef(Events.TENANT, CREDIT_REVENUE, usd), 100));
    }

    @Test
    void a_top_up_granted_before_its_payment_is_booked_waits_for_it() {
        var outcome = ledger.apply(credits.topUp("topup:ord_1", 500, 15_000, "KRW"));

        assertThat(((Rejected) outcome).reason()).isEqualTo(RejectionReason.TOP_UP_PAYMENT_NOT_BOOKED);
    }

    @Test
    void a_paid_grant_without_a_price_is_refused() {
        var unpriced = new CreditMovement(UUID.randomUUID(), "ca_x", Events.TENANT, "cus_1", "credits",
                CreditMovement.Kind.GRANTED, 1, 10, Optional.of(new CreditMovement.GrantArrived("topup:o",
                CreditMovement.Category.PAID, Optional.empty(), Optional.empty())), List.of(), 10,
                0, 0, Events.AT);

        assertThat(((Rejected) ledger.apply(unpriced)).reason()).isEqualTo(RejectionReason.UNPRICED_TOP_UP);
    }

    @Test
    void a_consumption_of_credits_the_ledger_never_saw_bought_is_refused_as_an_overdraft() {
        var outcome = ledger.apply(credits.deducted(paid("topup:never", 10, 300, "KRW")));

        assertThat(((Rejected) outcome).reason()).isEqualTo(RejectionReason.OVERDRAFT);
    }

    private static MoneyEvent approvedUsd() {
        return new MoneyEvent.Approved(UUID.randomUUID(), "pay_usd", Events.TENANT,
                Currency.getInstance("USD"), 1_000, true, Events.AT);
    }
}
