package com.fluxpay.payment.adapter.out.events;

import com.fluxpay.payment.application.ConfirmRefusal;
import com.fluxpay.payment.domain.FailureKind;
import com.fluxpay.payment.domain.OrderChange;
import com.fluxpay.payment.domain.OrderOutcome;
import com.fluxpay.payment.domain.PaymentOutcome;

/** The stable codes clients see for refusals and failures (docs/payments.md lists the payment ones). */
final class ErrorCodes {

    static final String ALREADY_PROCESSED = "PAY_003";
    static final String PSP_REFUSED = "PAY_008";
    static final String NOT_FOUND = "RES_001";

    private ErrorCodes() {
    }

    static String of(OrderOutcome.Reason reason) {
        return switch (reason) {
            case AMOUNT_NOT_POSITIVE -> "ORD_001";
            case UNKNOWN_CURRENCY -> "ORD_002";
            case TOO_LARGE -> "ORD_003";
        };
    }

    static String of(OrderChange.Reason reason) {
        return switch (reason) {
            case NOT_PAID, ALREADY_COMPLETED, ALREADY_CANCELED -> "ORD_004";
            case PAYMENT_IN_PROGRESS -> "ORD_005";
        };
    }

    static String of(FailureKind failure) {
        return switch (failure) {
            case DECLINED -> "PAY_002";
            case NOT_CHARGED_AT_PSP -> "PAY_005";
        };
    }

    static String of(ConfirmRefusal refusal) {
        return switch (refusal) {
            case ORDER_MISMATCH -> "PAY_004";
            case ORDER_ALREADY_HAS_PAYMENT -> ALREADY_PROCESSED;
            case NO_ROUTE_TO_PSP -> "PAY_007";
        };
    }

    static String of(PaymentOutcome.Reason reason) {
        return switch (reason) {
            case STATE_MISMATCH -> "PAY_004";
            case EXCEEDS_CAPTURED_AMOUNT -> "PAY_006";
            case EXCEEDS_AUTHORIZED_AMOUNT, AMOUNT_NOT_POSITIVE, CURRENCY_MISMATCH -> "PAY_009";
        };
    }
}
