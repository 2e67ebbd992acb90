package com.fluxpay.gateway.diagnostics.application;

import com.fluxpay.gateway.command.TenantId;
import com.fluxpay.gateway.diagnostics.application.port.FleetPings;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;

/** Asks every service to answer through Kafka; the answers show which services are wired and alive. */
public final class PingingFleet {

    private final FleetPings pings;
    private final Clock clock;

    public PingingFleet(FleetPings pings, Clock clock) {
        this.pings = pings;
        this.clock = clock;
    }

    public FleetPings.Ping start(TenantId tenantId) {
        String pingId = "ping_" + UUID.randomUUID().toString().replace("-", "");
        return pings.request(tenantId, pingId, clock.instant());
    }

    public Optional<FleetPings.Ping> find(TenantId tenantId, String pingId) {
        return pings.find(tenantId, pingId);
    }
}
