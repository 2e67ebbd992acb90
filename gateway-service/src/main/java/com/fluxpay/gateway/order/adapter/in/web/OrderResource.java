package com.fluxpay.gateway.order.adapter.in.web;

import com.fluxpay.gateway.order.domain.OrderView;
import java.time.Instant;
import java.util.Map;

/**
 * An order as the API shows it. Amounts are minor units of {@code currency}. {@code failure}: why it was
 * rejected or its payment failed; {@code cancellation}: why a canceled order was canceled.
 */
public record OrderResource(String id, String status, long amount, String currency, String description,
                            Map<String, String> metadata, Failure failure, Cancellation cancellation,
                            Instant createdAt, Instant updatedAt) {

    static OrderResource of(OrderView view) {
        Failure failure = view.failureCode() == null ? null : new Failure(view.failureCode(), view.failureReason());
        Cancellation cancellation = view.cancelCause() == null ? null
                : new Cancellation(view.cancelCause(), view.failureReason());
        return new OrderResource(view.id(), view.status(), view.amount(), view.currency(), view.description(),
                view.metadata(), failure, cancellation, view.requestedAt(), view.updatedAt());
    }

    public record Failure(String code, String reason) {
    }

    /** {@code cause}: PAYMENT_FAILED, CANCELED_BEFORE_PAYMENT or PAYMENT_RETURNED. */
    public record Cancellation(String cause, String reason) {
    }
}
