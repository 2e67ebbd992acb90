package com.fluxpay.payment.adapter.out.events;

import com.fluxpay.contracts.error.ErrorCode;
import com.fluxpay.payment.domain.FailureKind;
import com.fluxpay.payment.domain.OrderChange;
import com.fluxpay.payment.domain.OrderOutcome;
import com.fluxpay.payment.domain.PaymentOutcome;
import com.fluxpay.payment.domain.PaymentRefusal;

/** Which catalogued code clients see for each refusal and failure (docs/payments.md lists the payment ones). */
final class ErrorCodes {

    private ErrorCodes() {
    }

    static ErrorCode of(OrderOutcome.Reason reason) {
        return switch (reason) {
            case AMOUNT_NOT_POSITIVE -> ErrorCode.ORD_001;
            case UNKNOWN_CURRENCY -> ErrorCode.ORD_002;
            case TOO_LARGE -> ErrorCode.ORD_003;
        };
    }

    static ErrorCode of(OrderChange.Reason reason) {
        return switch (reason) {
            case NOT_PAID, ALREADY_COMPLETED, ALREADY_CANCELED -> ErrorCode.ORD_004;
            case PAYMENT_IN_PROGRESS -> ErrorCode.ORD_005;
        };
    }

    static ErrorCode of(FailureKind failure) {
        return switch (failure) {
            case DECLINED -> ErrorCode.PAY_002;
            case NOT_CHARGED_AT_PSP -> ErrorCode.PAY_005;
        };
    }

    // the gateway refuses a paid order with PAY_003 and any other state with PAY_004 before it asks: the same
    // order answers the same code whichever of the two refused it
    static ErrorCode of(PaymentRefusal refusal) {
        return switch (refusal) {
            case ORDER_ALREADY_PAID -> ErrorCode.PAY_003;
            case ORDER_COMPLETED, ORDER_CANCELED, AMOUNT_MISMATCH, PAYMENT_IN_PROGRESS -> ErrorCode.PAY_004;
        };
    }

    static ErrorCode of(PaymentOutcome.Reason reason) {
        return switch (reason) {
            case STATE_MISMATCH -> ErrorCode.PAY_004;
            case EXCEEDS_CAPTURED_AMOUNT -> ErrorCode.PAY_006;
            case EXCEEDS_AUTHORIZED_AMOUNT, AMOUNT_NOT_POSITIVE, CURRENCY_MISMATCH -> ErrorCode.PAY_009;
        };
    }
}
