package com.fluxpay.gateway.application.port;

import com.fluxpay.gateway.domain.OrderCommandView;
import com.fluxpay.gateway.domain.OrderView;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import com.fluxpay.gateway.domain.paging.Cursor;

/** The order read model. */
public interface OrderViews {

    Optional<OrderView> find(String tenantId, String orderId);

    /** A tenant's orders, newest first, after the cursor; up to {@code limit} (+1 to tell if more follow). */
    List<OrderView> list(String tenantId, Optional<Cursor> after, int limit);

    /** Applies "order created"; creates the row if the request was made elsewhere. */
    void markCreated(OrderView created);

    void markRejected(String orderId, String tenantId, String code, String reason, Instant at);

    void markPaid(String orderId, Instant at);

    void markCompleted(String orderId, Instant at);

    /** From any state before COMPLETED: a pending order cancelled, or a paid one whose money went back. */
    void markCancelled(String orderId, String cause, String code, String reason, Instant at);

    Optional<OrderCommandView> findCommand(String tenantId, String commandId);

    void markCommandRejected(String commandId, String code, String reason, Instant at);
}
