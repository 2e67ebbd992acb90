package com.fluxpay.gateway.application.port;

import com.fluxpay.gateway.domain.OrderRequest;
import java.time.Instant;

/** Sends order commands on, recording the request as REQUESTED in the same transaction. */
public interface OrderCommands {

    void requestCreation(String orderId, String tenantId, OrderRequest request, Instant requestedAt);
}
