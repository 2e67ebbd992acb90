package com.fluxpay.ledger.adapter.in.kafka;

import com.fluxpay.contracts.credit.CreditDeducted;
import com.fluxpay.contracts.credit.CreditDraw;
import com.fluxpay.contracts.credit.CreditExpired;
import com.fluxpay.contracts.credit.CreditGranted;
import com.fluxpay.contracts.credit.CreditRefunded;
import com.fluxpay.contracts.credit.CreditReleased;
import com.fluxpay.ledger.domain.CreditMovement;
import com.fluxpay.ledger.domain.CreditMovement.Category;
import com.fluxpay.ledger.domain.CreditMovement.Kind;
import java.time.Instant;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Credit events from the wire turned into what the posting rules read; the Kafka event id is the source id. Fields
 * older producers did not state read as nothing: no draws (so no money to post), no refund pending.
 */
final class CreditMovements {

    private CreditMovements() {
    }

    static CreditMovement granted(UUID eventId, CreditGranted e) {
        var grant = new CreditMovement.GrantArrived(e.grantId(), Category.valueOf(e.category()),
                Optional.ofNullable(e.priceAmount()), Optional.ofNullable(e.currency()).map(Currency::getInstance));
        return new CreditMovement(eventId, e.accountId(), e.tenantId(), e.customerId(), e.unit(), Kind.GRANTED,
                e.version(), e.quantity(), Optional.of(grant), List.of(), e.available(), e.reserved(),
                orZero(e.refundPending()), e.grantedAt());
    }

    static CreditMovement deducted(UUID eventId, CreditDeducted e) {
        return drawn(eventId, Kind.DEDUCTED, e.accountId(), e.tenantId(), e.customerId(), e.unit(), e.version(),
                e.quantity(), e.draws(), e.available(), e.reserved(), e.refundPending(), e.deductedAt());
    }

    static CreditMovement expired(UUID eventId, CreditExpired e) {
        return drawn(eventId, Kind.EXPIRED, e.accountId(), e.tenantId(), e.customerId(), e.unit(), e.version(),
                e.quantity(), e.draws(), e.available(), e.reserved(), e.refundPending(), e.expiredAt());
    }

    static CreditMovement refunded(UUID eventId, CreditRefunded e) {
        return drawn(eventId, Kind.REFUNDED, e.accountId(), e.tenantId(), e.customerId(), e.unit(), e.version(),
                e.quantity(), e.draws(), e.available(), e.reserved(), e.refundPending(), e.refundedAt());
    }

    static CreditMovement released(UUID eventId, CreditReleased e) {
        return new CreditMovement(eventId, e.accountId(), e.tenantId(), e.customerId(), e.unit(), Kind.RELEASED,
                e.version(), e.quantity(), Optional.empty(), List.of(), e.available(), e.reserved(),
                orZero(e.refundPending()), e.releasedAt());
    }

    private static CreditMovement drawn(UUID eventId, Kind kind, String accountId, String tenantId, String customerId,
                                        String unit, long version, long quantity, List<CreditDraw> draws,
                                        long available, long reserved, Long refundPending, Instant at) {
        var read = draws == null ? List.<CreditMovement.Draw>of() : draws.stream().map(CreditMovements::draw).toList();
        return new CreditMovement(eventId, accountId, tenantId, customerId, unit, kind, version, quantity,
                Optional.empty(), read, available, reserved, orZero(refundPending), at);
    }

    private static CreditMovement.Draw draw(CreditDraw d) {
        return new CreditMovement.Draw(d.grantId(), Category.valueOf(d.category()), d.quantity(), d.amount(),
                Optional.ofNullable(d.currency()).map(Currency::getInstance));
    }

    private static long orZero(Long value) {
        return value == null ? 0 : value;
    }
}
