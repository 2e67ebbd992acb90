package com.fluxpay.gateway.webhookendpoint.application.port;

/** Seals a secret for the trip over Kafka; only services holding the same keys can open it. */
public interface SecretSealer {

    String seal(String secret);
}
