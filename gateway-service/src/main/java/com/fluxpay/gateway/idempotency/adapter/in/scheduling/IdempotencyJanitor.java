package com.fluxpay.gateway.idempotency.adapter.in.scheduling;

import com.fluxpay.gateway.idempotency.application.ApplyingIdempotency;
import org.springframework.scheduling.annotation.Scheduled;

/** Forgets idempotency keys past their retention and keeps the claims of running requests alive. */
public class IdempotencyJanitor {

    private final ApplyingIdempotency idempotency;

    public IdempotencyJanitor(ApplyingIdempotency idempotency) {
        this.idempotency = idempotency;
    }

    @Scheduled(fixedDelayString = "${fluxpay.gateway.idempotency.purge-interval:10m}", initialDelayString = "1m")
    public void purge() {
        idempotency.purgeExpired();
    }

    @Scheduled(fixedDelayString = "${fluxpay.gateway.idempotency.renew-interval:3s}")
    public void renew() {
        idempotency.renewHeld();
    }
}
