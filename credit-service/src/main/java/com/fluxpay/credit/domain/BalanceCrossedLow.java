package com.fluxpay.credit.domain;

/**
 * The available balance fell below the account's low-balance threshold. Reported once per crossing: not
 * again until available has been back at or above the threshold (so a customer hovering just below it is
 * not told, or charged an auto top-up, at every movement).
 */
public record BalanceCrossedLow(long threshold, long available) {
}
