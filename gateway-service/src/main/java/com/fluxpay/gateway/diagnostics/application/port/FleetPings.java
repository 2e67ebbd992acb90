package com.fluxpay.gateway.diagnostics.application.port;

import com.fluxpay.gateway.command.TenantId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Fleet pings and the answers the services sent. */
public interface FleetPings {

    Ping request(TenantId tenantId, String pingId, Instant requestedAt);

    /** A ping of this tenant's; another tenant's is not found. */
    Optional<Ping> find(TenantId tenantId, String pingId);

    void recordAnswer(String pingId, String service, Instant answeredAt);

    record Ping(String id, Instant requestedAt, List<Answer> answers) {
    }

    record Answer(String service, Instant answeredAt) {
    }
}
