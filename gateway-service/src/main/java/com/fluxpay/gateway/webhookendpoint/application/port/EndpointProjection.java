package com.fluxpay.gateway.webhookendpoint.application.port;

import com.fluxpay.gateway.readmodel.domain.Stated;
import java.util.List;

/**
 * What notification-service's endpoint events write into the gateway's endpoint read model: the status each
 * event states, unless the row already shows a later version of the endpoint.
 */
public interface EndpointProjection {

    /** The endpoint's state after registration or an update, as notification-service reports it. */
    void projectState(String endpointId, String tenantId, String url, List<String> eventTypes, String description,
                      boolean enabled, String mode, Stated state);

    void projectStatus(String endpointId, Stated state);

    /** A change that leaves the endpoint's fields as they were (a new secret): its version and time. */
    void projectTouched(String endpointId, Stated state);

    void projectRejection(String endpointId, String code, String reason);
}
