package com.fluxpay.payment.application.port;

/** The PSP did not answer a capture, cancel or refund; retrying with the same idempotency key is safe. */
public class PspUnavailableException extends RuntimeException {

    public PspUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
