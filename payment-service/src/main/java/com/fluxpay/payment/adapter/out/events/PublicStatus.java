package com.fluxpay.payment.adapter.out.events;

import com.fluxpay.contracts.order.OrderStatus;
import com.fluxpay.contracts.payment.PaymentStatus;
import com.fluxpay.payment.domain.PaymentState;

/**
 * The domain's states as the public contract spells them. A switch, not valueOf(name()): a state added to the
 * domain does not compile until the contract has it, so no event ever states one a reader cannot read.
 */
final class PublicStatus {

    private PublicStatus() {
    }

    static OrderStatus of(com.fluxpay.payment.domain.OrderStatus status) {
        return switch (status) {
            case PENDING -> OrderStatus.PENDING;
            case PAID -> OrderStatus.PAID;
            case COMPLETED -> OrderStatus.COMPLETED;
            case CANCELED -> OrderStatus.CANCELED;
        };
    }

    static PaymentStatus of(PaymentState state) {
        return switch (state) {
            case PROCESSING -> PaymentStatus.PROCESSING;
            case UNKNOWN -> PaymentStatus.UNKNOWN;
            case AUTHORIZED -> PaymentStatus.AUTHORIZED;
            case PARTIALLY_CAPTURED -> PaymentStatus.PARTIALLY_CAPTURED;
            case CAPTURED -> PaymentStatus.CAPTURED;
            case CANCELED -> PaymentStatus.CANCELED;
            case FAILED -> PaymentStatus.FAILED;
            case PARTIALLY_REFUNDED -> PaymentStatus.PARTIALLY_REFUNDED;
            case REFUNDED -> PaymentStatus.REFUNDED;
        };
    }
}
