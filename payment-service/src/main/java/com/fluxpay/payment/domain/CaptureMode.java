package com.fluxpay.payment.domain;

/** AUTOMATIC: approval captures the money (one-step purchase). MANUAL: approval only authorizes. */
public enum CaptureMode {
    AUTOMATIC, MANUAL
}
