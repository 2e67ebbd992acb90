package com.fluxpay.payment.adapter.out.events;

import com.fluxpay.payment.domain.OrderOutcome;

/** The stable codes clients see for order refusals (docs/errors.md lists them all). */
final class ErrorCodes {

    private ErrorCodes() {
    }

    static String of(OrderOutcome.Reason reason) {
        return switch (reason) {
            case AMOUNT_NOT_POSITIVE -> "ORD_001";
            case UNKNOWN_CURRENCY -> "ORD_002";
            case TOO_LARGE -> "ORD_003";
        };
    }
}
