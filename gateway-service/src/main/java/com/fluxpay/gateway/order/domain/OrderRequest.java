package com.fluxpay.gateway.order.domain;

import com.fluxpay.gateway.command.Violation;

import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a client asks for when it opens an order, and the checks the gateway makes before anything is
 * sent on: bad input is answered at once and changes nothing.
 */
public record OrderRequest(Long amount, String currency, String description, Map<String, String> metadata) {

    public static final int MAX_DESCRIPTION = 500;
    public static final int MAX_METADATA_ENTRIES = 50;
    public static final int MAX_METADATA_VALUE = 500;
    private static final Set<String> CURRENCIES = Currency.getAvailableCurrencies().stream()
            .map(Currency::getCurrencyCode).collect(Collectors.toUnmodifiableSet());

    /** Every rule the request breaks; empty when it may go on. */
    public List<Violation> violations() {
        var violations = new ArrayList<Violation>();
        if (amount == null) {
            violations.add(new Violation("amount", "is required"));
        } else if (amount <= 0) {
            violations.add(new Violation("amount", "must be a positive number of minor units"));
        }
        if (currency == null || !CURRENCIES.contains(currency)) {
            violations.add(new Violation("currency", "must be an ISO-4217 code such as KRW or USD"));
        }
        if (description != null && description.length() > MAX_DESCRIPTION) {
            violations.add(new Violation("description", "must be at most " + MAX_DESCRIPTION + " characters"));
        }
        if (metadata != null && (metadata.size() > MAX_METADATA_ENTRIES || metadata.values().stream()
                .anyMatch(value -> value == null || value.length() > MAX_METADATA_VALUE))) {
            violations.add(new Violation("metadata", "must hold at most " + MAX_METADATA_ENTRIES
                    + " entries of non-null values up to " + MAX_METADATA_VALUE + " characters"));
        }
        return violations;
    }

    /** One broken rule, named by the field it concerns. */
}
