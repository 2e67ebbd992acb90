package com.fluxpay.payment.application.port;

/** What a PSP said about a charge, when sent or when asked later. */
public sealed interface ChargeResult {

    record Approved(String pspReference) implements ChargeResult {
    }

    /** The PSP refused: no money moved. */
    record Declined(String code, String message) implements ChargeResult {
    }

    /**
     * Certainly no money moved: the request never reached the PSP (connection refused, open circuit), or the
     * PSP, when asked, has no record of it. Only here may another PSP be tried.
     */
    record NotCharged(String detail, boolean neverSent) implements ChargeResult {
    }

    /** The answer was lost (timeout, 5xx, 409): money may have moved. Ask, never resend. */
    record Unknown(String detail) implements ChargeResult {
    }
}
