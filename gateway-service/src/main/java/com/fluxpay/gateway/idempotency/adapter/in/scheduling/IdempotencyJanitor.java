package com.fluxpay.gateway.idempotency.adapter.in.scheduling;

import com.fluxpay.gateway.idempotency.application.ApplyingIdempotency;
import org.springframework.scheduling.annotation.Scheduled;

/** Forgets idempotency keys past their retention. */
public class IdempotencyJanitor {

    private final ApplyingIdempotency idempotency;

    public IdempotencyJanitor(ApplyingIdempotency idempotency) {
        this.idempotency = idempotency;
    }

    @Scheduled(fixedDelayString = "${fluxpay.gateway.idempotency.purge-interval:10m}", initialDelayString = "1m")
    public void purge() {
        idempotency.purgeExpired();
    }
}
