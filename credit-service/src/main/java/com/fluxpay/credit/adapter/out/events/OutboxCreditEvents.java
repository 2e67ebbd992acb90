package com.fluxpay.credit.adapter.out.events;

import com.fluxpay.contracts.EventType;
import com.fluxpay.contracts.credit.CreditAccountIds;
import com.fluxpay.contracts.credit.CreditBalanceLow;
import com.fluxpay.contracts.credit.CreditCommandRejected;
import com.fluxpay.contracts.credit.CreditDeducted;
import com.fluxpay.contracts.credit.CreditDraw;
import com.fluxpay.contracts.credit.CreditEventTypes;
import com.fluxpay.contracts.credit.CreditExpired;
import com.fluxpay.contracts.credit.CreditGranted;
import com.fluxpay.contracts.credit.CreditRefunded;
import com.fluxpay.contracts.credit.CreditReleased;
import com.fluxpay.contracts.credit.CreditReservationRejected;
import com.fluxpay.contracts.credit.CreditReserved;
import com.fluxpay.credit.application.UsageReservations;
import com.fluxpay.credit.application.port.CreditEvents;
import com.fluxpay.credit.application.port.CreditRefusals;
import com.fluxpay.credit.domain.CreditAccount;
import com.fluxpay.credit.domain.CreditAccountId;
import com.fluxpay.credit.domain.Draw;
import com.fluxpay.credit.domain.Funding;
import com.fluxpay.credit.domain.GrantCategory;
import com.fluxpay.credit.domain.Movement;
import com.fluxpay.credit.domain.ReservationId;
import com.fluxpay.credit.domain.ReservationStatus;
import com.fluxpay.platform.outbox.Outbox;
import java.util.List;

/**
 * Movements as credit events on fluxpay.credit.events, keyed by account id: the outbox keeps one key's events in
 * commit order, and one account's movements commit in sequence order (its row lock), so they arrive by version.
 * REFUND_HELD and REFUND_CANCELLED publish nothing yet (top-up refunds are not wired): a reader sees a version gap.
 */
public class OutboxCreditEvents implements CreditEvents, CreditRefusals {

    private final Outbox outbox;

    public OutboxCreditEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    @Override
    public void booked(CreditAccount account, List<Movement> movements) {
        var id = account.id();
        String accountId = CreditAccountIds.of(id.tenantId(), id.customerId(), id.unit().code());
        for (Movement m : movements) {
            publish(account, accountId, m);
            m.crossedLow().ifPresent(low -> append(CreditEventTypes.BALANCE_LOW, accountId, id,
                    new CreditBalanceLow(accountId, id.tenantId(), id.customerId(), id.unit().code(), low.threshold(),
                            m.after().available(), m.after().reserved(), m.sequence(), m.at())));
        }
    }

    @Override
    public void reservationRejected(CreditReservationRejected rejection) {
        outbox.append(CreditEventTypes.RESERVATION_REJECTED, keyOf(rejection.accountId(), rejection.usageId()),
                rejection.tenantId(), rejection);
    }

    @Override
    public void commandRejected(CreditCommandRejected rejection) {
        outbox.append(CreditEventTypes.COMMAND_REJECTED, keyOf(rejection.accountId(), rejection.subjectId()),
                rejection.tenantId(), rejection);
    }

    private void publish(CreditAccount account, String accountId, Movement m) {
        var id = account.id();
        String tenant = id.tenantId();
        String customer = id.customerId();
        String unit = id.unit().code();
        long available = m.after().available();
        long reserved = m.after().reserved();
        long refundPending = m.after().refundPending();
        var draws = m.draws().stream().map(OutboxCreditEvents::draw).toList();
        String reservationId = m.reservationId().map(ReservationId::value).orElse(null);
        String usageId = m.reservationId().flatMap(UsageReservations::usageOf).orElse(null);
        switch (m.kind()) {
            case GRANTED -> {
                var grant = account.grant(m.allocations().getFirst().grant()).orElseThrow();
                var paid = grant.funding() instanceof Funding.Paid p ? p : null;
                append(CreditEventTypes.GRANTED, accountId, id, new CreditGranted(accountId, tenant, customer, unit,
                        grant.id().value(), grant.category().name(), m.quantity(), grant.expiresAt(),
                        paid == null ? null : paid.price().minorUnits(),
                        paid == null ? null : paid.price().currency().getCurrencyCode(), available, reserved,
                        m.sequence(), m.at(), refundPending));
            }
            case RESERVED -> {
                var reservation = account.reservation(m.reservationId().orElseThrow()).orElseThrow();
                append(CreditEventTypes.RESERVED, accountId, id, new CreditReserved(accountId, tenant, customer, unit,
                        reservationId, usageId, m.quantity(), reservation.expiresAt(), available, reserved,
                        m.sequence(), m.at()));
            }
            case CONSUMED -> append(CreditEventTypes.DEDUCTED, accountId, id, new CreditDeducted(accountId, tenant,
                    customer, unit, reservationId, usageId, m.quantity(), available, reserved, m.sequence(), m.at(),
                    draws, refundPending));
            case RELEASED -> append(CreditEventTypes.RELEASED, accountId, id, new CreditReleased(accountId, tenant,
                    customer, unit, reservationId, usageId, m.quantity(), releaseCause(account, m), available,
                    reserved, m.sequence(), m.at(), refundPending));
            case EXPIRED -> append(CreditEventTypes.EXPIRED, accountId, id, new CreditExpired(accountId, tenant,
                    customer, unit, m.allocations().stream().map(a -> a.grant().value()).distinct().toList(),
                    m.quantity(), m.quantityOf(GrantCategory.PAID), m.quantityOf(GrantCategory.FREE), available,
                    reserved, m.sequence(), m.at(), draws, refundPending));
            case REFUNDED -> {
                Draw refunded = m.draws().getFirst();
                var grant = account.grant(refunded.grant()).orElseThrow();
                var paid = (Funding.Paid) grant.funding();
                append(CreditEventTypes.REFUNDED, accountId, id, new CreditRefunded(accountId, tenant, customer, unit,
                        grant.id().value(), m.quantity(), refunded.amount(), paid.price().currency().getCurrencyCode(),
                        paid.paymentId(), available, reserved, m.sequence(), m.at(), draws, refundPending));
            }
            case REFUND_HELD, REFUND_CANCELLED -> {
                // not published until top-up refunds are wired (payment-service's refund answers)
            }
        }
    }

    private static String releaseCause(CreditAccount account, Movement m) {
        var status = m.reservationId().flatMap(account::reservation).map(r -> r.status()).orElse(null);
        if (status == ReservationStatus.EXPIRED) {
            return "TIMED_OUT";
        }
        return status == ReservationStatus.CONSUMED ? "UNUSED" : "RELEASED";
    }

    private static CreditDraw draw(Draw d) {
        return new CreditDraw(d.grant().value(), d.drawn().category().name(), d.quantity(), d.amount(),
                d.value().map(money -> money.currency().getCurrencyCode()).orElse(null));
    }

    private static String keyOf(String accountId, String fallback) {
        // an invalid request names no account: keyed by what it named instead
        return accountId != null ? accountId : fallback;
    }

    private <T> void append(EventType<T> type, String accountId, CreditAccountId id, T payload) {
        outbox.append(type, accountId, id.tenantId(), payload);
    }
}
