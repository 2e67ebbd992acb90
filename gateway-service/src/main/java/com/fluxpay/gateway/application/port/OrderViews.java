package com.fluxpay.gateway.application.port;

import com.fluxpay.gateway.domain.OrderView;
import java.time.Instant;
import java.util.Optional;

/** The order read model. */
public interface OrderViews {

    Optional<OrderView> find(String tenantId, String orderId);

    /** Applies "order created"; creates the row if the request was made elsewhere. */
    void markCreated(OrderView created);

    void markRejected(String orderId, String tenantId, String code, String reason, Instant at);

    void markPaid(String orderId, Instant at);

    void markCancelled(String orderId, String code, String reason, Instant at);
}
