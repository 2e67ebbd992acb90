package com.fluxpay.gateway.application;

import com.fluxpay.gateway.domain.OrderRequest.Violation;
import com.fluxpay.gateway.domain.webhook.EndpointView;
import java.util.List;

/** How a request about a webhook endpoint ended. {@code secret} is set only where a new one was made. */
public sealed interface EndpointOutcome {

    record Invalid(List<Violation> violations) implements EndpointOutcome {
    }

    record NotFound(String endpointId) implements EndpointOutcome {
    }

    /** notification-service refused (NTF_00x). */
    record Rejected(String code, String reason) implements EndpointOutcome {
    }

    record Done(EndpointView endpoint, String secret) implements EndpointOutcome {
    }

    /** Sent; notification-service has not answered within the wait. */
    record Accepted(String endpointId, String secret) implements EndpointOutcome {
    }
}
