package com.fluxpay.ledger.domain.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Currency;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class CreditCheckTest {

    private static final Instant NOW = Instant.parse("2026-11-21T10:00:00Z");
    private static final TopUpOrder ORDER = new TopUpOrder("ord_1", "tenant-a", 15_000, Currency.getInstance("KRW"),
            "cus_7", "credits", 500, NOW);

    private static PaymentClaim capture(ClaimKind kind, long amount) {
        return new PaymentClaim(UUID.randomUUID(), "payment.approved", "pay_1", "tenant-a", kind, amount,
                Currency.getInstance("KRW"), NOW, "ord_1");
    }

    private static RecordedGrant grant(long quantity) {
        return new RecordedGrant(UUID.randomUUID(), "ca_1", "topup:ord_1", quantity, NOW);
    }

    private static List<Finding.Kind> kindsOf(Mismatch mismatch) {
        return mismatch.findings().stream().map(Finding::kind).toList();
    }

    @Test
    void a_paid_top_up_with_exactly_one_grant_of_what_it_bought_is_consistent() {
        assertThat(CreditCheck.topUp(ORDER, List.of(capture(ClaimKind.APPROVED_AND_CAPTURED, 15_000)),
                List.of(grant(500)), NOW)).isEmpty();
    }

    @Test
    void a_paid_top_up_without_its_grant_is_a_mismatch_naming_the_missing_credit_granted() {
        var mismatch = CreditCheck.topUp(ORDER, List.of(capture(ClaimKind.APPROVED_AND_CAPTURED, 15_000)), List.of(),
                NOW).orElseThrow();

        assertThat(mismatch.paymentId()).isEqualTo("topup:ord_1");
        assertThat(mismatch.missingEvent()).isEqualTo("credit.granted");
        assertThat(kindsOf(mismatch)).containsExactly(Finding.Kind.MISSING_GRANT);
        assertThat(mismatch.findings().getFirst().claimedAmount()).as("the credits it bought").isEqualTo(500);
    }

    @Test
    void a_top_up_granted_twice_is_a_mismatch_naming_the_duplicate() {
        var second = grant(500);

        var mismatch = CreditCheck.topUp(ORDER, List.of(capture(ClaimKind.APPROVED_AND_CAPTURED, 15_000)),
                List.of(grant(500), second), NOW).orElseThrow();

        assertThat(kindsOf(mismatch)).containsExactly(Finding.Kind.DUPLICATE_GRANT);
        assertThat(mismatch.findings().getFirst().sourceEventId()).isEqualTo(second.sourceEventId());
        assertThat(mismatch.missingEvent()).isNull();
    }

    @Test
    void a_grant_of_other_credits_than_the_order_bought_is_a_mismatch() {
        var mismatch = CreditCheck.topUp(ORDER, List.of(capture(ClaimKind.APPROVED_AND_CAPTURED, 15_000)),
                List.of(grant(50)), NOW).orElseThrow();

        assertThat(kindsOf(mismatch)).containsExactly(Finding.Kind.QUANTITY_DIFFERS);
    }

    @Test
    void a_top_up_expects_its_grant_only_once_its_captures_reach_the_order_amount() {
        var held = capture(ClaimKind.APPROVED_AND_HELD, 15_000);
        var part = capture(ClaimKind.CAPTURED, 10_000);

        assertThat(CreditCheck.topUp(ORDER, List.of(held, part), List.of(), NOW)).isEmpty();
        assertThat(CreditCheck.topUp(ORDER, List.of(held, part, capture(ClaimKind.CAPTURED, 5_000)), List.of(), NOW))
                .isPresent();
    }

    @Test
    void an_account_whose_movements_sum_to_its_stated_balance_is_consistent_and_one_that_does_not_is_named() {
        var sound = new CreditAccountTotals("ca_1", "tenant-a", "credits", 600, 150, 5, 6, UUID.randomUUID(),
                "credit.deducted", 450);
        var lost = new CreditAccountTotals("ca_2", "tenant-a", "credits", 600, 150, 4, 6, UUID.randomUUID(),
                "credit.deducted", 420);

        assertThat(CreditCheck.account(sound, NOW)).isEmpty();
        var mismatch = CreditCheck.account(lost, NOW).orElseThrow();
        assertThat(mismatch.paymentId()).isEqualTo("ca_2");
        assertThat(mismatch.findings()).singleElement().satisfies(finding -> {
            assertThat(finding.kind()).isEqualTo(Finding.Kind.BALANCE_DIFFERS);
            assertThat(finding.claimedAmount()).isEqualTo(420);
            assertThat(finding.bookedAmount()).isEqualTo(450);
            assertThat(finding.currency()).isEqualTo("credits");
        });
    }
}
