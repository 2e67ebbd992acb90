package com.fluxpay.ledger.domain;

/**
 * The chart of accounts. Every tenant gets each account once per currency, created the first time an
 * entry touches it. {@code guarded} accounts must never go below zero on their normal side: a balance
 * there that would turn negative means money left that never came in, and the posting is refused.
 */
public enum AccountCode {
    /** Captured money the PSP holds for us until it settles. */
    PSP_CLEARING(AccountType.ASSET, true),
    /** Authorized but not yet captured: the customer's funds the PSP holds for a pending hold. */
    AUTHORIZATIONS_RECEIVABLE(AccountType.ASSET, true),
    /** What we owe merchants for captured payments, less refunds. */
    MERCHANT_PAYABLE(AccountType.LIABILITY, true),
    /** What we would owe merchants if the pending holds were captured. */
    AUTHORIZATIONS_PENDING(AccountType.LIABILITY, true),
    /**
     * Deferred revenue: what customers paid for credits (top-ups) they have not yet consumed, and which have
     * neither expired nor been refunded. Never below zero: a draw it cannot cover was never bought.
     */
    CREDIT_LIABILITY(AccountType.LIABILITY, true),
    /** Purchased credits consumed: earned when the usage was delivered. */
    CREDIT_REVENUE(AccountType.REVENUE, false),
    /** Purchased credits that expired unused: breakage, recognised at the expiry's own instant. */
    BREAKAGE_REVENUE(AccountType.REVENUE, false),
    /** PSP fees (not on the payment events yet). */
    PSP_FEES(AccountType.EXPENSE, false),
    /** The platform's own revenue (fees it charges; not on the payment events yet). */
    REVENUE(AccountType.REVENUE, false);

    private final AccountType type;
    private final boolean guarded;

    AccountCode(AccountType type, boolean guarded) {
        this.type = type;
        this.guarded = guarded;
    }

    public AccountType type() {
        return type;
    }

    public boolean guarded() {
        return guarded;
    }
}
