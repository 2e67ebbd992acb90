package com.fluxpay.ledger.domain.audit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The auditor's two questions about credits. Every top-up whose payment captured the order in full has exactly one
 * credit.granted of its grant, of the credits the order bought. Every credit account's movements, as the ledger
 * recorded them, sum to the balance the account's latest event stated: a lost, duplicated or misstated movement
 * shows as a difference.
 */
public final class CreditCheck {

    public static final String GRANT_EVENT = "credit.granted";

    private CreditCheck() {
    }

    /** @param captures the payment claims of the order that captured money; an unpaid order expects nothing */
    public static Optional<Mismatch> topUp(TopUpOrder order, List<PaymentClaim> captures, List<RecordedGrant> grants,
                                           Instant now) {
        long captured = captures.stream().filter(PaymentClaim::captures).mapToLong(PaymentClaim::amount).sum();
        if (captured < order.amount()) {
            return Optional.empty();
        }
        String unit = order.unit();
        List<Finding> findings = new ArrayList<>();
        if (grants.isEmpty()) {
            var capture = captures.getLast();
            findings.add(new Finding(Finding.Kind.MISSING_GRANT, capture.sourceEventId(), capture.eventType(),
                    order.quantity(), 0, unit, "payment " + capture.paymentId() + " captured top-up order "
                    + order.orderId() + " in full; no " + GRANT_EVENT + " of " + order.grantId()));
        }
        grants.stream().skip(1).forEach(extra -> findings.add(new Finding(Finding.Kind.DUPLICATE_GRANT,
                extra.sourceEventId(), GRANT_EVENT, order.quantity(), extra.quantity(), unit, order.grantId()
                + " granted " + grants.size() + " times")));
        grants.stream().filter(grant -> grant.quantity() != order.quantity()).forEach(grant -> findings.add(
                new Finding(Finding.Kind.QUANTITY_DIFFERS, grant.sourceEventId(), GRANT_EVENT, order.quantity(),
                        grant.quantity(), unit, "order " + order.orderId() + " bought " + order.quantity() + ", "
                        + grant.quantity() + " granted")));
        if (findings.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Mismatch(order.grantId(), order.tenantId(), grants.isEmpty() ? GRANT_EVENT : null,
                findings, now));
    }

    public static Optional<Mismatch> account(CreditAccountTotals totals, Instant now) {
        if (totals.summed() == totals.statedTotal()) {
            return Optional.empty();
        }
        return Optional.of(new Mismatch(totals.accountId(), totals.tenantId(), null, List.of(new Finding(
                Finding.Kind.BALANCE_DIFFERS, totals.lastEventId(), totals.lastEventType(), totals.statedTotal(),
                totals.summed(), totals.unit(), totals.movements() + " movements recorded up to version "
                + totals.lastVersion() + " sum to " + totals.summed() + " (" + totals.granted() + " granted, "
                + totals.drawn() + " consumed, expired or refunded); the account states " + totals.statedTotal())),
                now));
    }
}
