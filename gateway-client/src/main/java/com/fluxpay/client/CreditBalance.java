package com.fluxpay.client;

/** An account's credits as credit-service stated them: available, held by open usages, and the account's version. */
public record CreditBalance(long available, long reserved, long version) {
}
