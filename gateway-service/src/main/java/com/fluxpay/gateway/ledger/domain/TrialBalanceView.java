package com.fluxpay.gateway.ledger.domain;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Every account's balance, and per currency the debit-normal total against the credit-normal total: equal
 * in a ledger where every entry balanced.
 */
public record TrialBalanceView(List<Row> accounts, Map<String, Totals> perCurrency) {

    private static final Set<String> DEBIT_NORMAL = Set.of("ASSET", "EXPENSE");

    public record Row(String account, String accountType, String currency, long balance) {
    }

    public record Totals(long debitNormal, long creditNormal) {

        public boolean balanced() {
            return debitNormal == creditNormal;
        }
    }

    public static TrialBalanceView of(List<Row> accounts) {
        Map<String, Totals> totals = new TreeMap<>();
        for (Row row : accounts) {
            var current = totals.getOrDefault(row.currency(), new Totals(0, 0));
            totals.put(row.currency(), DEBIT_NORMAL.contains(row.accountType())
                    ? new Totals(Math.addExact(current.debitNormal(), row.balance()), current.creditNormal())
                    : new Totals(current.debitNormal(), Math.addExact(current.creditNormal(), row.balance())));
        }
        return new TrialBalanceView(List.copyOf(accounts), totals);
    }

    public boolean balanced() {
        return perCurrency.values().stream().allMatch(Totals::balanced);
    }
}
