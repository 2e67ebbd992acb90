package com.fluxpay.payment.domain;

/** Why a payment failed. Either way no money moved. */
public enum FailureKind {
    /** The PSP said no (card declined, insufficient funds, ...). */
    DECLINED,
    /** Certainly not charged: the PSP was unreachable (nothing sent), or, asked later, had no record of it. */
    NOT_CHARGED_AT_PSP
}
