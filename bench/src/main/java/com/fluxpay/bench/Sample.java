package com.fluxpay.bench;

/**
 * What one checkout measured. Times are System.nanoTime() values; latencies in nanoseconds, -1 when
 * that step never got an answer.
 *
 * @param scheduledAt  when the checkout was due to start (open loop: by the clock, not when a thread got to it)
 * @param orderAccept  from scheduledAt until the order POST answered: includes any lag of the harness itself,
 *                     so a late start is charged to the latency, not hidden
 * @param paymentAccept the payment POST's own round trip
 * @param endToEnd     from scheduledAt until the payment was seen CAPTURED and the order PAID
 * @param finishedAt   when the checkout ended, however it ended
 * @param error        null when the checkout completed; else what went wrong, e.g. "payments 402 PAY_002"
 * @param orderStatus  HTTP status of the order POST (0 if none), to count 201 against 202
 * @param paymentStatus HTTP status of the payment POST (0 if none)
 */
record Sample(long scheduledAt, long orderAccept, long paymentAccept, long endToEnd, long finishedAt,
              String error, int orderStatus, int paymentStatus) {

    boolean ok() {
        return error == null;
    }

    static Sample dropped(long scheduledAt) {
        return new Sample(scheduledAt, -1, -1, -1, scheduledAt, "client: dropped (max in flight reached)", 0, 0);
    }
}
