package com.fluxpay.payment.application.port;

import com.fluxpay.payment.domain.CaptureMode;
import com.fluxpay.payment.domain.Money;
import java.time.Instant;
import java.util.Map;

/**
 * One PSP. Every money-moving call carries an idempotency key, so sending the same request again can never
 * move money twice at a PSP that honours it. Transport failures of capture, cancel and refund throw
 * {@link PspUnavailableException}: the command is retried with the same key.
 */
public interface PaymentProvider {

    String name();

    /** Sends a charge. Never retried by the caller after {@link ChargeResult.Unknown}: the reconciler asks instead. */
    ChargeResult charge(Charge charge);

    /** Asks what became of a charge sent earlier (or maybe never sent). Moves no money. */
    ChargeResult lookup(ChargeLookup lookup);

    OperationResult capture(Operation operation);

    OperationResult cancel(Operation operation);

    OperationResult refund(Operation operation);

    /** {@code reference} is our payment id, {@code attemptKey} the Idempotency-Key. */
    record Charge(String reference, String orderId, String attemptKey, Money amount, String paymentMethod,
                  CaptureMode captureMode, Map<String, String> parameters) {
    }

    /** {@code attemptedAt}: when the attempt was stored, for PSPs whose lookups lag behind their writes. */
    record ChargeLookup(String reference, String orderId, String attemptKey, String pspReference,
                        Instant attemptedAt) {
    }

    /** A capture, cancel or refund of the PSP's charge {@code pspReference}. */
    record Operation(String pspReference, String reference, Money amount, String idempotencyKey, String reason) {
    }
}
