package com.fluxpay.payment.domain;

import static com.fluxpay.payment.domain.PaymentState.AUTHORIZED;
import static com.fluxpay.payment.domain.PaymentState.CANCELED;
import static com.fluxpay.payment.domain.PaymentState.CAPTURED;
import static com.fluxpay.payment.domain.PaymentState.FAILED;
import static com.fluxpay.payment.domain.PaymentState.PARTIALLY_CAPTURED;
import static com.fluxpay.payment.domain.PaymentState.PARTIALLY_REFUNDED;
import static com.fluxpay.payment.domain.PaymentState.PROCESSING;
import static com.fluxpay.payment.domain.PaymentState.REFUNDED;
import static com.fluxpay.payment.domain.PaymentState.UNKNOWN;
import static com.fluxpay.payment.domain.PaymentTransition.APPROVE_AUTHORIZATION;
import static com.fluxpay.payment.domain.PaymentTransition.APPROVE_PURCHASE;
import static com.fluxpay.payment.domain.PaymentTransition.CANCEL;
import static com.fluxpay.payment.domain.PaymentTransition.CAPTURE_CLOSE;
import static com.fluxpay.payment.domain.PaymentTransition.CAPTURE_KEEP_OPEN;
import static com.fluxpay.payment.domain.PaymentTransition.FAIL;
import static com.fluxpay.payment.domain.PaymentTransition.LOSE_OUTCOME;
import static com.fluxpay.payment.domain.PaymentTransition.REFUND_PART;
import static com.fluxpay.payment.domain.PaymentTransition.REFUND_REST;
import static com.fluxpay.payment.domain.PaymentTransition.RELEASE_REMAINDER;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every move a payment may make, in one place. A pair that is not listed is forbidden. docs/payments.md
 * shows the same table; PaymentTransitionsTest walks every (state, transition) pair.
 */
public final class PaymentTransitions {

    private record Row(PaymentState from, PaymentTransition transition, PaymentState to) {
    }

    private static final List<Row> TABLE = List.of(
            new Row(PROCESSING, APPROVE_AUTHORIZATION, AUTHORIZED),
            new Row(PROCESSING, APPROVE_PURCHASE, CAPTURED),
            new Row(PROCESSING, FAIL, FAILED),
            new Row(PROCESSING, LOSE_OUTCOME, UNKNOWN),
            // only the reconciler moves an UNKNOWN payment, and only with what the PSP said when asked
            new Row(UNKNOWN, APPROVE_AUTHORIZATION, AUTHORIZED),
            new Row(UNKNOWN, APPROVE_PURCHASE, CAPTURED),
            new Row(UNKNOWN, FAIL, FAILED),
            new Row(AUTHORIZED, CAPTURE_KEEP_OPEN, PARTIALLY_CAPTURED),
            new Row(AUTHORIZED, CAPTURE_CLOSE, CAPTURED),
            new Row(AUTHORIZED, CANCEL, CANCELED),
            new Row(PARTIALLY_CAPTURED, CAPTURE_KEEP_OPEN, PARTIALLY_CAPTURED),
            new Row(PARTIALLY_CAPTURED, CAPTURE_CLOSE, CAPTURED),
            new Row(PARTIALLY_CAPTURED, RELEASE_REMAINDER, CAPTURED),
            new Row(CAPTURED, REFUND_PART, PARTIALLY_REFUNDED),
            new Row(CAPTURED, REFUND_REST, REFUNDED),
            new Row(PARTIALLY_REFUNDED, REFUND_PART, PARTIALLY_REFUNDED),
            new Row(PARTIALLY_REFUNDED, REFUND_REST, REFUNDED));

    private static final Map<PaymentState, Map<PaymentTransition, PaymentState>> INDEX = index();

    private PaymentTransitions() {
    }

    /** The state {@code transition} leads to from {@code from}, or empty when the table forbids it. */
    public static Optional<PaymentState> target(PaymentState from, PaymentTransition transition) {
        return Optional.ofNullable(INDEX.get(from).get(transition));
    }

    public static Map<PaymentTransition, PaymentState> allowedFrom(PaymentState from) {
        return INDEX.get(from);
    }

    private static Map<PaymentState, Map<PaymentTransition, PaymentState>> index() {
        Map<PaymentState, Map<PaymentTransition, PaymentState>> index = new EnumMap<>(PaymentState.class);
        for (PaymentState state : PaymentState.values()) {
            index.put(state, new EnumMap<>(PaymentTransition.class));
        }
        for (Row row : TABLE) {
            if (index.get(row.from()).put(row.transition(), row.to()) != null) {
                throw new IllegalStateException("the table lists " + row.from() + " + " + row.transition() + " twice");
            }
        }
        index.replaceAll((state, moves) -> Map.copyOf(moves));
        return Map.copyOf(index);
    }
}
