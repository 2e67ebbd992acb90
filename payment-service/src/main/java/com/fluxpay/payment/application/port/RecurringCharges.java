package com.fluxpay.payment.application.port;

import com.fluxpay.payment.domain.Money;
import java.util.Objects;

/**
 * Charges a customer's saved payment method without the customer present (subscriptions, renewals). Saving
 * turns what the PSP's own checkout handed us (a Toss authKey, a Stripe PaymentMethod id) into a
 * {@link BillingKey}; charging it follows the one-off charge's rules: an Idempotency-Key on every charge, a lost
 * answer is {@link ChargeResult.Unknown} and is never sent again (the reconciler asks the PSP by order id or
 * reference, {@link PaymentProvider#lookup}).
 * <p>
 * A billing key lets whoever holds it take money: it is never logged, and every record here prints it redacted.
 */
public interface RecurringCharges {

    String name();

    /**
     * Saves a payment method for later charges. Moves no money. A PSP that does not answer throws
     * {@link PspUnavailableException}; asking again with the same idempotency key is safe.
     */
    SaveResult saveMethod(SaveMethodRequest request);

    /** Charges a saved method once. Never retried by the caller after {@link ChargeResult.Unknown}. */
    ChargeResult chargeSaved(SavedCharge charge);

    /** The PSP's handle on a saved payment method (Toss billingKey, Stripe PaymentMethod id). */
    record BillingKey(String value) {

        public BillingKey {
            Objects.requireNonNull(value, "value");
        }

        @Override
        public String toString() {
            return "BillingKey[redacted]";
        }
    }

    /**
     * {@code customer}: the customer at the PSP (Toss customerKey, Stripe Customer id); {@code setupToken}: what
     * the PSP's checkout returned (Toss authKey, Stripe PaymentMethod id).
     */
    record SaveMethodRequest(String customer, String setupToken, String idempotencyKey) {

        @Override
        public String toString() {
            return "SaveMethodRequest[customer=" + customer + ", setupToken=redacted, idempotencyKey="
                    + idempotencyKey + "]";
        }
    }

    record SavedMethod(String customer, BillingKey billingKey) {
    }

    sealed interface SaveResult {
    }

    record Saved(SavedMethod method) implements SaveResult {
    }

    /** The PSP refused to save the method (an expired authKey, a PaymentMethod of another customer). */
    record Refused(String code, String message) implements SaveResult {
    }

    /**
     * {@code reference} is our payment id, {@code attemptKey} the Idempotency-Key, {@code orderName} what the
     * customer's statement shows (Toss requires it).
     */
    record SavedCharge(SavedMethod method, String reference, String orderId, String orderName, String attemptKey,
                       Money amount) {
    }
}
