package com.fluxpay.contracts.payment;

/** AUTOMATIC: approval captures the money (one-step purchase). MANUAL: approval authorizes; capture later. */
public enum CaptureMode {
    AUTOMATIC, MANUAL
}
