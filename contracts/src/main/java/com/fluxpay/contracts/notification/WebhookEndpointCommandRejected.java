package com.fluxpay.contracts.notification;

import java.time.Instant;

/**
 * An endpoint command was refused. Codes: {@code NTF_001} URL refused (not http(s), or in live mode a
 * private, loopback, link-local or multicast address, or a host that does not resolve), {@code NTF_002}
 * unknown endpoint (or another tenant's), {@code NTF_003} endpoint id already registered,
 * {@code NTF_004} secret unusable (not sealed with a configured key, or not a {@code whsec_} secret),
 * {@code NTF_005} invalid settings (mode, event type), {@code NTF_006} unknown message to replay.
 * {@code command} is the refused command's type name.
 */
public record WebhookEndpointCommandRejected(String endpointId, String tenantId, String command, String code,
                                             String reason, Instant rejectedAt) {
}
