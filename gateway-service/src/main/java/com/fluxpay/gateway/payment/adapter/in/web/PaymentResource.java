package com.fluxpay.gateway.payment.adapter.in.web;

import com.fluxpay.gateway.order.adapter.in.web.OrderResource;

import com.fluxpay.gateway.payment.domain.PaymentCommandView;
import com.fluxpay.gateway.payment.domain.PaymentView;
import java.time.Instant;

/** A payment as the API shows it. Amounts are minor units of {@code currency}. */
public record PaymentResource(String id, String orderId, String status, long amount, String currency, String psp,
                              String captureMode, long capturedAmount, long refundedAmount,
                              OrderResource.Failure failure, Instant createdAt, Instant updatedAt) {

    static PaymentResource of(PaymentView view) {
        var failure = view.failureCode() == null ? null
                : new OrderResource.Failure(view.failureCode(), view.failureReason());
        return new PaymentResource(view.id(), view.orderId(), view.status(), view.amount(), view.currency(), view.psp(),
                view.captureMode(), view.capturedAmount(), view.refundedAmount(), failure, view.requestedAt(),
                view.updatedAt());
    }

    /** A capture, cancel or refund as the API shows it. */
    public record CommandResource(String id, String paymentId, String kind, Long amount, String status,
                                  OrderResource.Failure failure, Instant createdAt) {

        static CommandResource of(PaymentCommandView view) {
            var failure = view.failureCode() == null ? null
                    : new OrderResource.Failure(view.failureCode(), view.failureReason());
            return new CommandResource(view.id(), view.paymentId(), view.kind().name(), view.amount(), view.status(),
                    failure, view.requestedAt());
        }
    }
}
