package com.fluxpay.gateway.adapter.in.web;

import com.fluxpay.gateway.domain.OrderView;
import java.time.Instant;
import java.util.Map;

/** An order as the API shows it. Amounts are minor units of {@code currency}. */
public record OrderResource(String id, String status, long amount, String currency, String description,
                           Map<String, String> metadata, Failure failure, Instant createdAt, Instant updatedAt) {

    static OrderResource of(OrderView view) {
        Failure failure = view.failureCode() == null ? null : new Failure(view.failureCode(), view.failureReason());
        return new OrderResource(view.id(), view.status(), view.amount(), view.currency(), view.description(),
                view.metadata(), failure, view.requestedAt(), view.updatedAt());
    }

    public record Failure(String code, String reason) {
    }
}
