package com.fluxpay.credit.domain;

/**
 * Whether a grant was bought or given. Their breakage is booked apart: expired paid credits are revenue
 * recognised on expiry, expired free credits are a promotion that cost nothing.
 */
public enum GrantCategory {
    PAID, FREE
}
