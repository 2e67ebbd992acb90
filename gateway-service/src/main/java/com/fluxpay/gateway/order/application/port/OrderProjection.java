package com.fluxpay.gateway.order.application.port;

import com.fluxpay.gateway.order.domain.OrderCommandView;
import com.fluxpay.gateway.order.domain.OrderView;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import com.fluxpay.gateway.readmodel.domain.Cursor;

/** What the order events and the gateway's own requests write into the order read model. */
public interface OrderProjection {

    /** Applies "order created"; creates the row if the request was made elsewhere. */
    void markCreated(OrderView created);

    void markRejected(String orderId, String tenantId, String code, String reason, Instant at);

    void markPaid(String orderId, Instant at);

    void markCompleted(String orderId, Instant at);

    /** From any state before COMPLETED: a pending order cancelled, or a paid one whose money went back. */
    void markCancelled(String orderId, String cause, String code, String reason, Instant at);

    void markCommandRejected(String commandId, String code, String reason, Instant at);

    /** The REQUESTED row of an order sent on to payment-service. */
    void insertRequested(OrderView requested);

    void insertCommand(OrderCommandView command);
}
