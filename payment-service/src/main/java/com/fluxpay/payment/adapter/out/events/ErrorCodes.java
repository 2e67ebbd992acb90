package com.fluxpay.payment.adapter.out.events;

import com.fluxpay.contracts.error.ErrorCode;
import com.fluxpay.payment.application.ConfirmRefusal;
import com.fluxpay.payment.domain.FailureKind;
import com.fluxpay.payment.domain.OrderChange;
import com.fluxpay.payment.domain.OrderOutcome;
import com.fluxpay.payment.domain.PaymentOutcome;

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
            case NOT_PAID, ALREADY_COMPLETED, ALREADY_CANCELLED -> ErrorCode.ORD_004;
            case PAYMENT_IN_PROGRESS -> ErrorCode.ORD_005;
        };
    }

    static ErrorCode of(FailureKind failure) {
        return switch (failure) {
            case DECLINED -> ErrorCode.PAY_002;
            case NOT_CHARGED_AT_PSP -> ErrorCode.PAY_005;
        };
    }

    static ErrorCode of(ConfirmRefusal refusal) {
        return switch (refusal) {
            case ORDER_MISMATCH -> ErrorCode.PAY_004;
            case ORDER_ALREADY_HAS_PAYMENT -> ErrorCode.PAY_003;
            case NO_ROUTE_TO_PSP -> ErrorCode.PAY_007;
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
