package com.fluxpay.ledger.domain;

import java.util.Currency;
import java.util.Objects;

/** One account of the chart: a tenant's account of one code in one currency. */
public record AccountRef(String tenantId, AccountCode code, Currency currency) {

    public AccountRef {
        if (tenantId == null || tenantId.isBlank()) {
            throw new IllegalArgumentException("an account belongs to a tenant");
        }
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(currency, "currency");
    }

    /** How a posting of {@code amount} on {@code side} changes this account's balance on its normal side. */
    public long effectOf(Side side, long amount) {
        return side == code.type().normalSide() ? amount : -amount;
    }

    @Override
    public String toString() {
        return tenantId + "/" + code + "/" + currency.getCurrencyCode();
    }
}
