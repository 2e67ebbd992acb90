package com.fluxpay.gateway.webhookendpoint.application.port;

import java.util.List;

/** What notification-service's endpoint events write into the gateway's endpoint read model. */
public interface EndpointProjection {

    /** The endpoint's state after registration or an update, as notification-service reports it. */
    void projectState(String endpointId, String tenantId, String url, List<String> eventTypes, String description,
                      boolean enabled, String mode);

    void projectStatus(String endpointId, String status);

    void projectTouched(String endpointId);

    void projectRejection(String endpointId, String code, String reason);
}
