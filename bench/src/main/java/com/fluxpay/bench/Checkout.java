package com.fluxpay.bench;

import java.io.IOException;
import java.net.http.HttpTimeoutException;
import java.util.function.Predicate;

/**
 * One checkout, as a merchant's backend does it: open an order, pay it once it is PENDING, then wait
 * until the payment is CAPTURED and the order PAID. Never throws: every way it can end becomes a Sample.
 */
final class Checkout {

    // polling is load on the gateway too: start fast (the saga usually ends within tens of ms of the
    // accept) and back off, so a slow saga does not multiply the GETs. The e2e figure is therefore
    // only as precise as the last pause (at most LONGEST_PAUSE_MS).
    private static final long FIRST_PAUSE_MS = 10;
    private static final long LONGEST_PAUSE_MS = 100;
    private static final long AMOUNT = 15_000;

    private final Gateway gateway;
    private final long sagaTimeoutNanos;

    Checkout(Gateway gateway, long sagaTimeoutNanos) {
        this.gateway = gateway;
        this.sagaTimeoutNanos = sagaTimeoutNanos;
    }

    Sample run(long scheduledAt) {
        long deadline = scheduledAt + sagaTimeoutNanos;
        long orderAccept = -1;
        long paymentAccept = -1;
        int orderStatus = 0;
        int paymentStatus = 0;
        try {
            Gateway.Reply order = gateway.createOrder(AMOUNT);
            orderAccept = System.nanoTime() - scheduledAt;
            orderStatus = order.status();
            if (order.status() != 201 && order.status() != 202) {
                return failed(scheduledAt, orderAccept, -1, "orders", order, orderStatus, 0);
            }
            String orderId = order.text("id");
            // 202: the gateway gave up waiting (its command-wait) before payment-service opened the order
            if (order.status() == 202 && !poll(() -> gateway.order(orderId), r -> "PENDING".equals(r.text("status"))
                    || "PAID".equals(r.text("status")), deadline)) {
                return timedOut(scheduledAt, orderAccept, -1, "order never PENDING", orderStatus, 0);
            }

            Gateway.Reply payment = gateway.pay(orderId);
            paymentAccept = payment.nanos();
            paymentStatus = payment.status();
            if (payment.status() != 201 && payment.status() != 202) {
                return failed(scheduledAt, orderAccept, paymentAccept, "payments", payment, orderStatus, paymentStatus);
            }
            String paymentId = payment.text("id");
            if (!"CAPTURED".equals(payment.text("status"))
                    && !poll(() -> gateway.payment(paymentId), r -> "CAPTURED".equals(r.text("status")), deadline)) {
                return timedOut(scheduledAt, orderAccept, paymentAccept, "payment never CAPTURED", orderStatus, paymentStatus);
            }
            if (!poll(() -> gateway.order(orderId), r -> "PAID".equals(r.text("status")), deadline)) {
                return timedOut(scheduledAt, orderAccept, paymentAccept, "order never PAID", orderStatus, paymentStatus);
            }
            long now = System.nanoTime();
            return new Sample(scheduledAt, orderAccept, paymentAccept, now - scheduledAt, now, null, orderStatus, paymentStatus);
        } catch (HttpTimeoutException e) {
            return new Sample(scheduledAt, orderAccept, paymentAccept, -1, System.nanoTime(),
                    "client: HTTP timeout", orderStatus, paymentStatus);
        } catch (IOException e) {
            return new Sample(scheduledAt, orderAccept, paymentAccept, -1, System.nanoTime(),
                    "client: " + e.getClass().getSimpleName(), orderStatus, paymentStatus);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Sample(scheduledAt, orderAccept, paymentAccept, -1, System.nanoTime(),
                    "client: interrupted", orderStatus, paymentStatus);
        }
    }

    @FunctionalInterface
    interface Probe {
        Gateway.Reply get() throws IOException, InterruptedException;
    }

    /** Asks until the answer satisfies the condition or the checkout's deadline passes. */
    private static boolean poll(Probe probe, Predicate<Gateway.Reply> done, long deadline)
            throws IOException, InterruptedException {
        long pause = FIRST_PAUSE_MS;
        while (true) {
            Gateway.Reply reply = probe.get();
            if (reply.status() == 200 && done.test(reply)) {
                return true;
            }
            if (System.nanoTime() + pause * 1_000_000 > deadline) {
                return false;
            }
            Thread.sleep(pause);
            pause = Math.min(pause * 2, LONGEST_PAUSE_MS);
        }
    }

    private static Sample failed(long scheduledAt, long orderAccept, long paymentAccept, String what,
                                 Gateway.Reply reply, int orderStatus, int paymentStatus) {
        String code = reply.code();
        return new Sample(scheduledAt, orderAccept, paymentAccept, -1, System.nanoTime(),
                what + " " + reply.status() + (code != null ? " " + code : ""), orderStatus, paymentStatus);
    }

    private static Sample timedOut(long scheduledAt, long orderAccept, long paymentAccept, String what,
                                   int orderStatus, int paymentStatus) {
        return new Sample(scheduledAt, orderAccept, paymentAccept, -1, System.nanoTime(),
                "saga timeout: " + what, orderStatus, paymentStatus);
    }
}
