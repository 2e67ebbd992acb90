package com.fluxpay.gateway.order.application.port;

import com.fluxpay.gateway.readmodel.domain.Stated;
import com.fluxpay.gateway.order.domain.OrderCommandView;
import com.fluxpay.gateway.order.domain.OrderView;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import com.fluxpay.gateway.readmodel.domain.Cursor;

/** What the order events and the gateway's own requests write into the order read model. */
public interface OrderProjection {

    /** Applies "order created" at its version; creates the row if the request was made elsewhere. */
    void markCreated(OrderView created, long version);

    void markRejected(String orderId, String tenantId, String code, String reason, Instant at);

    /** The order's status as an event states it (paid, completed), unless the row shows a later version. */
    void markStated(String orderId, Stated state);

    /** As {@link #markStated}, with why it was canceled: a pending order, or a paid one whose money went back. */
    void markCanceled(String orderId, Stated state, String cause, String code, String reason);

    void markCommandRejected(String commandId, String code, String reason, Instant at);

    /** The REQUESTED row of an order sent on to payment-service. */
    void insertRequested(OrderView requested);

    void insertCommand(OrderCommandView command);
}
