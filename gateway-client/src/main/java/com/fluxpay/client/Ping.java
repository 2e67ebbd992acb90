package com.fluxpay.client;

import java.time.Instant;
import java.util.List;

/** A diagnostic ping and the services that have answered it so far. */
public record Ping(String id, Instant requestedAt, List<String> answeredBy) {
}
