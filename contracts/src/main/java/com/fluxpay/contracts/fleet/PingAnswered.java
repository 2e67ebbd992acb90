package com.fluxpay.contracts.fleet;

import java.time.Instant;

/** One service's answer to a {@link PingRequested}. */
public record PingAnswered(String pingId, String service, Instant answeredAt) {
}
