package com.fluxpay.waitingroom.config;

import org.springframework.context.annotation.Configuration;

/**
 * Where this service's beans will be built with constructors, as its use cases arrive. Until then it has
 * none of its own: the platform (inbox, outbox, fleet-ping answers, DLQ) is auto-configured.
 */
@Configuration
public class WaitingRoomServiceConfiguration {
}
