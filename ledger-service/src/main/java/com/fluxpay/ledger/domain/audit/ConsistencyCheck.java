package com.fluxpay.ledger.domain.audit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Compares what a payment's events claim with what the journal booked: every claim has exactly one entry
 * of the expected kind, amount and currency (matched by the event id the entry carries), and every entry
 * answers a claim. Claims of a capture, cancel or refund presuppose an approval; when none was seen the
 * approval is the missing event.
 */
public final class ConsistencyCheck {

    public static final String APPROVAL_EVENT = "payment.approved";

    private ConsistencyCheck() {
    }

    public static Optional<Mismatch> check(String paymentId, List<PaymentClaim> claims, List<BookedEntry> entries,
                                           Instant now) {
        Map<UUID, BookedEntry> bySource = entries.stream()
                .collect(Collectors.toMap(BookedEntry::sourceEventId, Function.identity()));
        List<Finding> findings = new ArrayList<>();
        for (PaymentClaim claim : claims) {
            BookedEntry entry = bySource.get(claim.sourceEventId());
            Finding finding = entry == null ? missing(claim) : compare(claim, entry);
            if (finding != null) {
                findings.add(finding);
            }
        }
        Set<UUID> claimed = claims.stream().map(PaymentClaim::sourceEventId).collect(Collectors.toSet());
        entries.stream().filter(entry -> !claimed.contains(entry.sourceEventId())).forEach(entry -> findings.add(
                new Finding(Finding.Kind.ENTRY_WITHOUT_EVENT, entry.sourceEventId(), null, 0, entry.amount(),
                        entry.currency().getCurrencyCode(), entry.kind() + " booked for an event the auditor never saw")));
        boolean approvalMissing = !claims.isEmpty() && claims.stream().noneMatch(claim -> claim.kind().isApproval());
        if (findings.isEmpty() && !approvalMissing) {
            return Optional.empty();
        }
        String tenantId = claims.isEmpty() ? null : claims.get(0).tenantId();
        return Optional.of(new Mismatch(paymentId, tenantId, approvalMissing ? APPROVAL_EVENT : null, findings, now));
    }

    private static Finding missing(PaymentClaim claim) {
        return new Finding(Finding.Kind.MISSING_ENTRY, claim.sourceEventId(), claim.eventType(), claim.amount(), 0,
                claim.currency().getCurrencyCode(), "no journal entry for " + claim.eventType() + " of "
                + claim.amount());
    }

    private static Finding compare(PaymentClaim claim, BookedEntry entry) {
        String currency = claim.currency().getCurrencyCode();
        if (entry.kind() != claim.kind().expectedEntry()) {
            return new Finding(Finding.Kind.KIND_DIFFERS, claim.sourceEventId(), claim.eventType(), claim.amount(),
                    entry.amount(), currency, "booked as " + entry.kind() + ", expected " + claim.kind().expectedEntry());
        }
        if (!entry.currency().equals(claim.currency())) {
            return new Finding(Finding.Kind.CURRENCY_DIFFERS, claim.sourceEventId(), claim.eventType(), claim.amount(),
                    entry.amount(), currency, "booked in " + entry.currency());
        }
        if (entry.amount() != claim.amount()) {
            return new Finding(Finding.Kind.AMOUNT_DIFFERS, claim.sourceEventId(), claim.eventType(), claim.amount(),
                    entry.amount(), currency, "claimed " + claim.amount() + ", booked " + entry.amount());
        }
        return null;
    }
}
