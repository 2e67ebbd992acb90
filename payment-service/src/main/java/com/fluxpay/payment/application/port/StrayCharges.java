package com.fluxpay.payment.application.port;

import com.fluxpay.payment.domain.PaymentId;
import java.time.Instant;
import java.util.List;

/**
 * Charges a PSP approved for payments already failed here, until they are given back. Recording one twice
 * keeps the first: a late approval may be heard from the reconciler and from a webhook.
 */
public interface StrayCharges {

    /** True when this is the first time the stray charge is recorded. */
    boolean detected(PaymentId paymentId, String pspReference, Instant at);

    /** Stray charges not given back yet, oldest first, with their PSP references. */
    List<Stray> toReturn(int limit);

    void returned(PaymentId paymentId, Instant at);

    /** The PSP refused to give it back: a human must look (logged at ERROR, counted by {@code fluxpay_payments_stray_charges{status="REFUSED"}}). */
    void refused(PaymentId paymentId, String detail, Instant at);

    record Stray(PaymentId paymentId, String pspReference) {
    }
}
