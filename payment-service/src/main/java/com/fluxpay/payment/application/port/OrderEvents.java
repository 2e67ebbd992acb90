package com.fluxpay.payment.application.port;

import com.fluxpay.payment.domain.Order;
import com.fluxpay.payment.domain.OrderOutcome;
import com.fluxpay.payment.domain.Payment;
import java.time.Instant;

/** Tells the rest of the fleet what happened to orders (through the outbox, in the same transaction). */
public interface OrderEvents {

    void opened(Order order);

    void refused(OrderOutcome.Refused refusal, String tenantId, Instant at);

    void paid(Order order, Payment payment, Instant at);

    void cancelled(Order order, Payment payment, Instant at);
}
