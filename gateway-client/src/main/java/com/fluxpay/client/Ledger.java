package com.fluxpay.client;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** The tenant's ledger as the gateway serves it (/api/v1/ledger). */
public final class Ledger {

    private Ledger() {
    }

    /** On the account's normal side; {@code asOf} null: now. */
    public record Balance(String account, String currency, Instant asOf, long balance) {
    }

    public record Posting(long sequence, String account, String accountType, String currency, String side, long amount,
                          long balanceAfter, String kind, String paymentId, Instant recordedAt) {
    }

    public record TrialBalance(boolean balanced, Map<String, Totals> perCurrency, List<Row> accounts) {
    }

    public record Totals(long debitNormal, long creditNormal) {
    }

    public record Row(String account, String accountType, String currency, long balance) {
    }
}
