package com.fluxpay.contracts.credit;

/**
 * An order that buys credits says so in its metadata (order.create's {@code metadata}): credit-service grants the
 * credits, as a paid grant priced at the order's amount, once its payment is captured in full.
 */
public final class CreditTopUps {

    /** The customer whose account the credits go to. */
    public static final String CUSTOMER = "fluxpay_credit_customer_id";
    /** The credit unit ({@code credits}). */
    public static final String UNIT = "fluxpay_credit_unit";
    /** How many credits the order buys, a positive integer in decimal. */
    public static final String QUANTITY = "fluxpay_credit_quantity";

    private CreditTopUps() {
    }
}
