package com.fluxpay.credit.domain.pricing;

/** One thing wrong with a pricing policy, naming the field as a path ({@code versions[1].tariff.tiers[0].upTo}). */
public record Violation(String field, String message) {
}
