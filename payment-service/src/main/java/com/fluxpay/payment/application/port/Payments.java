package com.fluxpay.payment.application.port;

import com.fluxpay.payment.domain.OrderId;
import com.fluxpay.payment.domain.Payment;
import com.fluxpay.payment.domain.PaymentId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The payments payment-service keeps. */
public interface Payments {

    Optional<Payment> find(PaymentId id);

    /** Finds and locks the payment until the transaction ends: the consumer and the reconciler take turns. */
    Optional<Payment> lock(PaymentId id);

    boolean existsForOrder(OrderId orderId);

    /** The order's payment (an order has at most one): TossPayments names payments by our order id. */
    Optional<Payment> findForOrder(OrderId orderId);

    void add(Payment payment);

    void update(Payment payment);

    /** PROCESSING or UNKNOWN payments not touched since {@code before}, oldest first. */
    List<Payment> unresolvedSince(Instant before, int limit);
}
