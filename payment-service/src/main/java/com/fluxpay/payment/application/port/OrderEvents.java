package com.fluxpay.payment.application.port;

import com.fluxpay.payment.application.OrderCommand;
import com.fluxpay.payment.domain.Order;
import com.fluxpay.payment.domain.OrderChange;
import com.fluxpay.payment.domain.OrderOutcome;
import com.fluxpay.payment.domain.Payment;
import java.time.Instant;

/** Tells the rest of the fleet what happened to orders (through the outbox, in the same transaction). */
public interface OrderEvents {

    void opened(Order order);

    void refused(OrderOutcome.Refused refusal, String tenantId, Instant at);

    void paid(Order order, Payment payment, Instant at);

    /** The order's payment failed: the order will not be paid. */
    void paymentFailed(Order order, Payment payment, Instant at);

    void canceledBeforePayment(Order order, OrderCommand command, Instant at);

    /** Everything the order's payment took went back (voided, refunded): the paid order is canceled. */
    void paymentReturned(Order order, String reason, Instant at);

    void completed(Order order, OrderCommand command, Instant at);

    void commandRejected(OrderCommand command, OrderChange.Reason reason, Instant at);

    /** No such order for this tenant (another tenant's order is answered the same way). */
    void orderNotFound(OrderCommand command, Instant at);
}
