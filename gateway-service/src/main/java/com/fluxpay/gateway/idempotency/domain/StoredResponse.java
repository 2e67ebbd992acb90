package com.fluxpay.gateway.idempotency.domain;

/** The first answer to an idempotency key, exactly as it was sent. */
public record StoredResponse(int status, String contentType, String location, byte[] body) {
}
