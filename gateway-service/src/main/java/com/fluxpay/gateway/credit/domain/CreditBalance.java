package com.fluxpay.gateway.credit.domain;

/**
 * An account's balance as credit-service stated it after a movement: {@code available} to spend, {@code reserved}
 * held by open usages, and the account's {@code version} (its movement count; 0: no movement yet).
 */
public record CreditBalance(long available, long reserved, long version) {

    public static final CreditBalance NONE = new CreditBalance(0, 0, 0);
}
