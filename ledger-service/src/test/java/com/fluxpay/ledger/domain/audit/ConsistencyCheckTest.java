package com.fluxpay.ledger.domain.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fluxpay.ledger.domain.EntryKind;
import java.time.Instant;
import java.util.Currency;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ConsistencyCheckTest {

    private static final Currency KRW = Currency.getInstance("KRW");
    private static final Instant NOW = Instant.parse("2026-11-21T10:00:00Z");

    private static PaymentClaim claim(ClaimKind kind, long amount) {
        return new PaymentClaim(UUID.randomUUID(), "payment." + kind.name().toLowerCase(), "pay_1", "tenant-a", kind,
                amount, KRW, NOW);
    }

    private static BookedEntry entryFor(PaymentClaim claim, EntryKind kind, long amount, Currency currency) {
        return new BookedEntry(claim.sourceEventId(), kind, amount, currency, NOW);
    }

    @Test
    void a_payment_whose_every_claim_has_its_matching_entry_is_consistent() {
        var approved = claim(ClaimKind.APPROVED_AND_HELD, 10_000);
        var captured = claim(ClaimKind.CAPTURED, 10_000);

        assertThat(ConsistencyCheck.check("pay_1", List.of(approved, captured), List.of(
                entryFor(approved, EntryKind.HOLD, 10_000, KRW), entryFor(captured, EntryKind.HOLD_POST, 10_000, KRW)),
                NOW)).isEmpty();
    }

    @Test
    void a_claim_without_an_entry_or_with_another_amount_or_currency_is_one_mismatch_with_each_finding() {
        var approved = claim(ClaimKind.APPROVED_AND_CAPTURED, 10_000);
        var refund = claim(ClaimKind.REFUNDED, 3_000);
        var second = claim(ClaimKind.REFUNDED, 1_000);

        var mismatch = ConsistencyCheck.check("pay_1", List.of(approved, refund, second), List.of(
                entryFor(approved, EntryKind.CAPTURE, 9_000, KRW),
                entryFor(refund, EntryKind.REFUND, 3_000, Currency.getInstance("USD"))), NOW).orElseThrow();

        assertThat(mismatch.missingEvent()).isNull();
        assertThat(mismatch.findings()).extracting(Finding::kind).containsExactly(Finding.Kind.AMOUNT_DIFFERS,
                Finding.Kind.CURRENCY_DIFFERS, Finding.Kind.MISSING_ENTRY);
    }

    @Test
    void a_capture_without_an_approval_names_the_approval_as_the_missing_event() {
        var captured = claim(ClaimKind.CAPTURED, 10_000);

        var mismatch = ConsistencyCheck.check("pay_1", List.of(captured), List.of(), NOW).orElseThrow();

        assertThat(mismatch.missingEvent()).isEqualTo("payment.approved");
        assertThat(mismatch.findings()).singleElement().extracting(Finding::sourceEventId)
                .isEqualTo(captured.sourceEventId());
    }

    @Test
    void an_entry_booked_for_an_event_the_auditor_never_saw_is_reported() {
        var approved = claim(ClaimKind.APPROVED_AND_CAPTURED, 10_000);
        var stray = new BookedEntry(UUID.randomUUID(), EntryKind.REFUND, 500, KRW, NOW);

        var mismatch = ConsistencyCheck.check("pay_1", List.of(approved),
                List.of(entryFor(approved, EntryKind.CAPTURE, 10_000, KRW), stray), NOW).orElseThrow();

        assertThat(mismatch.findings()).singleElement().extracting(Finding::kind)
                .isEqualTo(Finding.Kind.ENTRY_WITHOUT_EVENT);
    }
}
