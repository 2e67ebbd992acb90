package com.fluxpay.ledger.application;

import com.fluxpay.platform.transactions.Transactions;
import java.util.function.Supplier;
import static org.assertj.core.api.Assertions.assertThat;

import com.fluxpay.ledger.MovableClock;
import com.fluxpay.ledger.application.port.BookedEntries;
import com.fluxpay.ledger.application.port.MismatchEvents;
import com.fluxpay.ledger.application.port.Mismatches;
import com.fluxpay.ledger.application.port.PaymentClaims;
import com.fluxpay.ledger.domain.EntryKind;
import com.fluxpay.ledger.domain.audit.BookedEntry;
import com.fluxpay.ledger.domain.audit.ClaimKind;
import com.fluxpay.ledger.domain.audit.Mismatch;
import com.fluxpay.ledger.domain.audit.PaymentClaim;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class AuditingLedgerTest {

    private static final Duration GRACE = Duration.ofSeconds(10);
    private static final Currency KRW = Currency.getInstance("KRW");

    private final MovableClock clock = new MovableClock();
    private final List<PaymentClaim> claims = new ArrayList<>();
    private final List<BookedEntry> entries = new ArrayList<>();
    private final Map<String, Mismatches.Open> open = new HashMap<>();
    private final List<String> published = new ArrayList<>();

    private final PaymentClaims claimStore = new PaymentClaims() {
        @Override
        public void record(PaymentClaim claim) {
            claims.add(claim);
        }

        @Override
        public List<String> paymentsToCheck(Instant claimedBefore, int limit) {
            return claims.stream().filter(c -> !c.claimedAt().isAfter(claimedBefore)).map(PaymentClaim::paymentId)
                    .distinct().toList();
        }

        @Override
        public List<PaymentClaim> of(String paymentId) {
            return claims.stream().filter(c -> c.paymentId().equals(paymentId)).toList();
        }

        @Override
        public void markChecked(String paymentId, Instant claimedBefore, boolean consistent, Instant at) {
        }
    };
    private final BookedEntries entryStore = paymentId -> List.copyOf(entries);
    private final Mismatches mismatchStore = new Mismatches() {
        @Override
        public Optional<Open> openFor(String paymentId) {
            return Optional.ofNullable(open.get(paymentId));
        }

        @Override
        public boolean open(String mismatchId, Mismatch mismatch) {
            return open.putIfAbsent(mismatch.paymentId(), new Open(mismatchId, mismatch)) == null;
        }

        @Override
        public void resolve(String mismatchId, Instant at) {
            open.values().removeIf(o -> o.mismatchId().equals(mismatchId));
        }

        @Override
        public List<Open> allOpen() {
            return List.copyOf(open.values());
        }

        @Override
        public long countOpen() {
            return open.size();
        }
    };
    private final MismatchEvents events = new MismatchEvents() {
        @Override
        public void detected(String mismatchId, Mismatch mismatch) {
            published.add("detected " + mismatch.paymentId() + " missing " + mismatch.missingEvent());
        }

        @Override
        public void resolved(String mismatchId, Mismatch mismatch, Instant at) {
            published.add("resolved " + mismatch.paymentId());
        }
    };
    private final AuditingLedger auditing = new AuditingLedger(claimStore, entryStore, mismatchStore, events, clock, GRACE,
            new Transactions() {
                @Override
                public <T> T inTransaction(Supplier<T> work) {
                    return work.get();
                }
            });

    private PaymentClaim claimed(ClaimKind kind, long amount) {
        var claim = new PaymentClaim(UUID.randomUUID(), "payment.x", "pay_1", "tenant-a", kind, amount, KRW,
                clock.instant());
        claims.add(claim);
        return claim;
    }

    @Test
    void an_event_whose_entry_is_missing_is_reported_once_and_only_after_the_grace_period() {
        claimed(ClaimKind.APPROVED_AND_CAPTURED, 10_000);

        assertThat(auditing.audit().mismatchesOpened()).isZero();
        clock.advance(GRACE.plusSeconds(1));
        assertThat(auditing.audit().mismatchesOpened()).isEqualTo(1);
        assertThat(auditing.audit().mismatchesOpened()).isZero();

        assertThat(published).containsExactly("detected pay_1 missing null");
        assertThat(mismatchStore.countOpen()).isEqualTo(1);
    }

    @Test
    void a_capture_whose_approval_never_arrived_names_the_approval() {
        claimed(ClaimKind.CAPTURED, 10_000);
        clock.advance(GRACE.plusSeconds(1));

        auditing.audit();

        assertThat(published).containsExactly("detected pay_1 missing payment.approved");
    }

    @Test
    void a_mismatch_resolves_when_the_entry_turns_up() {
        var claim = claimed(ClaimKind.APPROVED_AND_CAPTURED, 10_000);
        clock.advance(GRACE.plusSeconds(1));
        auditing.audit();

        entries.add(new BookedEntry(claim.sourceEventId(), EntryKind.CAPTURE, 10_000, KRW, clock.instant()));
        assertThat(auditing.audit().mismatchesResolved()).isEqualTo(1);

        assertThat(published).containsExactly("detected pay_1 missing null", "resolved pay_1");
        assertThat(mismatchStore.countOpen()).isZero();
    }
}
