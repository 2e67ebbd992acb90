package com.fluxpay.gateway.payment.application;

import com.fluxpay.gateway.command.TenantId;
import com.fluxpay.gateway.order.domain.OrderView;
import com.fluxpay.gateway.payment.application.port.PaymentCommandRequests;
import com.fluxpay.gateway.payment.application.port.PaymentViews;
import com.fluxpay.gateway.payment.domain.PaymentCommandView;
import com.fluxpay.gateway.payment.domain.PaymentRequest;
import com.fluxpay.gateway.payment.domain.PaymentView;
import com.fluxpay.gateway.readmodel.domain.Cursor;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/** The payment capability's ports in memory (the clock and the wait are the order fixture's). */
final class PaymentFixture {

    private PaymentFixture() {
    }

    static PaymentView payment(String id, String status, long amount, long captured, long refunded) {
        return new PaymentView(id, com.fluxpay.gateway.order.application.OrderFixture.TENANT, "ord_1", status, amount,
                "KRW", "sandbox", "AUTOMATIC", captured, refunded, null, null,
                com.fluxpay.gateway.order.application.OrderFixture.NOW,
                com.fluxpay.gateway.order.application.OrderFixture.NOW);
    }

    static PaymentView failed(PaymentView payment, String code, String reason) {
        return new PaymentView(payment.id(), payment.tenantId(), payment.orderId(), PaymentView.FAILED, payment.amount(),
                payment.currency(), payment.psp(), payment.captureMode(), 0, 0, code, reason, payment.requestedAt(),
                payment.updatedAt());
    }

    static PaymentView withStatus(PaymentView payment, String status, long captured) {
        return new PaymentView(payment.id(), payment.tenantId(), payment.orderId(), status, payment.amount(),
                payment.currency(), payment.psp(), payment.captureMode(), captured, payment.refundedAmount(), null, null,
                payment.requestedAt(), payment.updatedAt());
    }

    static PaymentCommandView settled(PaymentCommandView command, String status, String code, String reason) {
        return new PaymentCommandView(command.id(), command.paymentId(), command.tenantId(), command.kind(),
                command.amount(), status, code, reason, command.requestedAt(), command.updatedAt());
    }

    /** The payment read model, payments and their commands. */
    static final class InMemoryPayments implements PaymentViews {

        final Map<String, PaymentView> payments = new ConcurrentHashMap<>();
        final Map<String, PaymentCommandView> commands = new ConcurrentHashMap<>();

        InMemoryPayments with(PaymentView payment) {
            payments.put(payment.id(), payment);
            return this;
        }

        @Override
        public Optional<PaymentView> find(TenantId tenant, String paymentId) {
            String tenantId = tenant.value();
            return Optional.ofNullable(payments.get(paymentId)).filter(p -> p.tenantId().equals(tenantId));
        }

        @Override
        public List<PaymentView> list(TenantId tenant, Optional<Cursor> after, int limit) {
            String tenantId = tenant.value();
            return payments.values().stream().filter(p -> p.tenantId().equals(tenantId)).limit(limit).toList();
        }

        @Override
        public Optional<PaymentCommandView> findCommand(TenantId tenant, String commandId) {
            String tenantId = tenant.value();
            return Optional.ofNullable(commands.get(commandId)).filter(c -> c.tenantId().equals(tenantId));
        }
    }

    /**
     * What the gateway sends to payment-service, recorded; like the outbox adapter it writes the REQUESTED rows.
     * The {@code answering...} hooks play payment-service answering before the wait ends.
     */
    static final class SentPaymentCommands implements PaymentCommandRequests {

        private final InMemoryPayments payments;
        final List<PaymentView> confirmations = new ArrayList<>();
        final List<PaymentCommandView> changes = new ArrayList<>();
        private Consumer<PaymentView> onConfirm = payment -> { };
        private Consumer<PaymentCommandView> onChange = command -> { };

        SentPaymentCommands(InMemoryPayments payments) {
            this.payments = payments;
        }

        SentPaymentCommands answeringConfirm(Consumer<PaymentView> answer) {
            this.onConfirm = answer;
            return this;
        }

        SentPaymentCommands answeringChange(Consumer<PaymentCommandView> answer) {
            this.onChange = answer;
            return this;
        }

        @Override
        public void confirm(String paymentId, OrderView order, PaymentRequest request, Instant at) {
            var requested = new PaymentView(paymentId, order.tenantId(), order.id(), PaymentView.REQUESTED,
                    order.amount(), order.currency(), request.psp(), request.captureModeOrDefault(), 0, 0, null, null,
                    at, at);
            payments.payments.putIfAbsent(paymentId, requested);
            confirmations.add(requested);
            onConfirm.accept(requested);
        }

        @Override
        public void change(PaymentView payment, PaymentCommandView command, String reason) {
            payments.commands.putIfAbsent(command.id(), command);
            changes.add(command);
            onChange.accept(command);
        }
    }
}
