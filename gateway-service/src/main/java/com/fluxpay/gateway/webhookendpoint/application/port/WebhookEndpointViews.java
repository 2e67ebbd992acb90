package com.fluxpay.gateway.webhookendpoint.application.port;

import com.fluxpay.gateway.command.TenantId;
import com.fluxpay.gateway.readmodel.domain.Cursor;
import com.fluxpay.gateway.webhookendpoint.domain.EndpointRequest;
import com.fluxpay.gateway.webhookendpoint.domain.EndpointView;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Webhook endpoint commands to notification-service, and the read model of what it reports. */
public interface WebhookEndpointViews {

    /** Records the endpoint as REQUESTED and sends the register command, in one transaction. */
    void register(String endpointId, TenantId tenantId, String mode, EndpointRequest request, String sealedSecret,
                  Instant at);

    void update(EndpointView endpoint, EndpointRequest changes);

    void rotateSecret(EndpointView endpoint, String sealedSecret, long overlapSeconds);

    void delete(EndpointView endpoint);

    void replayFailed(EndpointView endpoint, Instant since);

    /** Resends one message (a webhook-id) to this endpoint, whatever became of it before. */
    void replayMessage(EndpointView endpoint, java.util.UUID messageId);

    Optional<EndpointView> find(TenantId tenantId, String endpointId);

    List<EndpointView> list(TenantId tenantId, Optional<Cursor> after, int limit);
}
