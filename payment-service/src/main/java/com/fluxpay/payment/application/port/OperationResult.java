package com.fluxpay.payment.application.port;

/** What a PSP answered to a capture, cancel or refund. */
public sealed interface OperationResult {

    /** Done; {@code remainderReleased}: the PSP voided what was not captured (one capture per authorization). */
    record Done(String pspReference, boolean remainderReleased) implements OperationResult {
    }

    record Refused(String code, String message) implements OperationResult {
    }
}
