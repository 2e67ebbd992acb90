package com.fluxpay.gateway.credit.adapter.in.kafka;

import com.fluxpay.contracts.Topics;
import com.fluxpay.contracts.credit.CreditEventTypes;
import com.fluxpay.gateway.credit.application.port.CreditProjection;
import com.fluxpay.gateway.credit.domain.CreditAccountView;
import com.fluxpay.gateway.credit.domain.CreditBalance;
import com.fluxpay.gateway.credit.domain.CreditGrantView;
import com.fluxpay.gateway.credit.domain.CreditMovementView;
import com.fluxpay.gateway.credit.domain.CreditUsageView;
import com.fluxpay.gateway.readmodel.application.ProjectionSignals;
import com.fluxpay.platform.event.EventEnvelope;
import com.fluxpay.platform.inbox.EventDispatcher;
import com.fluxpay.platform.inbox.EventHandlers;
import java.time.Instant;
import org.springframework.kafka.annotation.KafkaListener;

/**
 * Credit events into the credit read models, once each: the balance each event states, copied by the account's
 * version; one statement line per movement; the grant or usage it answers.
 */
public class CreditEventsConsumer {

    static final String CONSUMER = "credit-view";

    private final EventDispatcher dispatcher;
    private final EventHandlers handlers;

    public CreditEventsConsumer(EventDispatcher dispatcher, CreditProjection views, ProjectionSignals signals) {
        this.dispatcher = dispatcher;
        this.handlers = EventHandlers.forConsumer(CONSUMER)
                .on(CreditEventTypes.GRANTED, e -> {
                    var balance = new CreditBalance(e.available(), e.reserved(), e.version());
                    account(views, e.accountId(), e.tenantId(), e.customerId(), e.unit(), balance, e.grantedAt());
                    views.moved(e.tenantId(), new CreditMovementView(e.accountId(), CreditMovementView.idOf(
                            e.version(), "GRANTED"), "GRANTED", e.quantity(), balance, e.grantId(), null,
                            e.category(), e.grantedAt()));
                    views.granted(new CreditGrantView(e.grantId(), e.tenantId(), e.customerId(), e.unit(),
                            e.quantity(), e.expiresAt(), null, CreditGrantView.GRANTED, null, null, balance,
                            e.grantedAt(), e.grantedAt()));
                })
                .on(CreditEventTypes.RESERVED, e -> {
                    var balance = new CreditBalance(e.available(), e.reserved(), e.version());
                    account(views, e.accountId(), e.tenantId(), e.customerId(), e.unit(), balance, e.reservedAt());
                    views.moved(e.tenantId(), new CreditMovementView(e.accountId(), CreditMovementView.idOf(
                            e.version(), "RESERVED"), "RESERVED", e.quantity(), balance, null, e.usageId(), null,
                            e.reservedAt()));
                    if (e.usageId() != null) {
                        views.answered(new CreditUsageView(e.usageId(), e.tenantId(), e.accountId(), e.customerId(),
                                e.unit(), null, e.quantity(), 0, CreditUsageView.RESERVED, e.reservationId(),
                                e.expiresAt(), null, null, balance, e.reservedAt(), e.reservedAt()));
                    }
                })
                .on(CreditEventTypes.RESERVATION_REJECTED, e -> {
                    // no movement: the balance as credit-service saw it when it refused
                    var balance = new CreditBalance(e.available(), e.reserved(), e.version());
                    account(views, e.accountId(), e.tenantId(), e.customerId(), e.unit(), balance, e.rejectedAt());
                    if (e.usageId() != null) {
                        views.answered(new CreditUsageView(e.usageId(), e.tenantId(), e.accountId(), e.customerId(),
                                e.unit(), null, e.quantity(), 0, CreditUsageView.REJECTED, e.reservationId(), null,
                                e.code(), e.reason(), balance, e.rejectedAt(), e.rejectedAt()));
                    }
                })
                .on(CreditEventTypes.DEDUCTED, e -> {
                    var balance = new CreditBalance(e.available(), e.reserved(), e.version());
                    account(views, e.accountId(), e.tenantId(), e.customerId(), e.unit(), balance, e.deductedAt());
                    views.moved(e.tenantId(), new CreditMovementView(e.accountId(), CreditMovementView.idOf(
                            e.version(), "DEDUCTED"), "DEDUCTED", e.quantity(), balance, null, e.usageId(), null,
                            e.deductedAt()));
                    if (e.usageId() != null) {
                        views.consumed(e.tenantId(), e.usageId(), e.quantity(), balance, e.deductedAt());
                    }
                })
                .on(CreditEventTypes.RELEASED, e -> {
                    var balance = new CreditBalance(e.available(), e.reserved(), e.version());
                    account(views, e.accountId(), e.tenantId(), e.customerId(), e.unit(), balance, e.releasedAt());
                    views.moved(e.tenantId(), new CreditMovementView(e.accountId(), CreditMovementView.idOf(
                            e.version(), "RELEASED"), "RELEASED", e.quantity(), balance, null, e.usageId(),
                            e.cause(), e.releasedAt()));
                    if (e.usageId() != null) {
                        views.released(e.tenantId(), e.usageId(), "UNUSED".equals(e.cause()), balance, e.releasedAt());
                    }
                })
                .on(CreditEventTypes.REFUNDED, e -> {
                    var balance = new CreditBalance(e.available(), e.reserved(), e.version());
                    account(views, e.accountId(), e.tenantId(), e.customerId(), e.unit(), balance, e.refundedAt());
                    views.moved(e.tenantId(), new CreditMovementView(e.accountId(), CreditMovementView.idOf(
                            e.version(), "REFUNDED"), "REFUNDED", e.quantity(), balance, e.grantId(), null, null,
                            e.refundedAt()));
                })
                .on(CreditEventTypes.EXPIRED, e -> {
                    var balance = new CreditBalance(e.available(), e.reserved(), e.version());
                    account(views, e.accountId(), e.tenantId(), e.customerId(), e.unit(), balance, e.expiredAt());
                    views.moved(e.tenantId(), new CreditMovementView(e.accountId(), CreditMovementView.idOf(
                            e.version(), "EXPIRED"), "EXPIRED", e.quantity(), balance, null, null, null,
                            e.expiredAt()));
                })
                .on(CreditEventTypes.COMMAND_REJECTED, e -> {
                    if (CreditEventTypes.GRANT.name().equals(e.commandType())) {
                        views.grantRejected(e.subjectId(), e.code(), e.reason(), e.rejectedAt());
                    }
                })
                // a notice for webhooks: the balance it states is the one the crossing movement already stated
                .ignore(CreditEventTypes.BALANCE_LOW)
                // committed: requests waiting on this account look at the read model now
                .afterCommit(envelope -> signals.projected(envelope.subject()))
                .build();
    }

    public EventHandlers handlers() {
        return handlers;
    }

    @KafkaListener(topics = Topics.CREDIT_EVENTS)
    public void on(EventEnvelope envelope) {
        dispatcher.dispatch(handlers, envelope);
    }

    private static void account(CreditProjection views, String accountId, String tenantId, String customerId,
                                String unit, CreditBalance balance, Instant at) {
        views.stated(new CreditAccountView(accountId, tenantId, customerId, unit, balance, at));
    }
}
