package com.fluxpay.contracts.fleet;

import java.time.Instant;

/** A diagnostic request that every service answers through its own outbox: it proves the wiring. */
public record PingRequested(String pingId, Instant requestedAt) {
}
