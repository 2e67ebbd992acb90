package com.fluxpay.gateway.idempotency.domain;

/** What a request carrying an Idempotency-Key gets (Stripe's semantics). */
public sealed interface IdempotencyDecision {

    /** First use of the key: run the request, then store its answer. */
    record Proceed() implements IdempotencyDecision {
    }

    /** The first request finished: send its answer again, byte for byte. */
    record Replay(StoredResponse response) implements IdempotencyDecision {
    }

    /** The first request is still running: 409, try again shortly. */
    record InFlight() implements IdempotencyDecision {
    }

    /** The key was used for a different request: 422. */
    record KeyReused() implements IdempotencyDecision {
    }

    /**
     * The first request's holder died before answering (its claim expired): run it again. Safe because the
     * ids a request creates are derived from its key, so the second run addresses the same order or payment.
     */
    record TakeOver() implements IdempotencyDecision {
    }
}
