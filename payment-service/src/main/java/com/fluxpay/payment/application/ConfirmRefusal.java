package com.fluxpay.payment.application;

/** Why a confirm was refused before anything was stored or charged. */
public enum ConfirmRefusal {
    /** No such order, or another tenant's, or the amount or currency differs, or it is no longer pending. */
    ORDER_MISMATCH,
    /** The order already has a payment (one payment per order: a second one could charge it twice). */
    ORDER_ALREADY_HAS_PAYMENT,
    /** The named PSP, or the tenant's route, has no connector. */
    NO_ROUTE_TO_PSP
}
