package com.fluxpay.ledger.application;

import com.fluxpay.ledger.domain.AccountCode;
import com.fluxpay.ledger.domain.Side;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Every account of a tenant with its debits and credits; per currency they must net to zero. Each row also
 * carries the account's running balance, which must equal its postings summed on its normal side.
 */
public record TrialBalance(String tenantId, List<Row> accounts, Map<String, Long> netPerCurrency) {

    public record Row(String code, String currency, long debits, long credits, long runningBalance) {

        public boolean runningBalanceAgrees() {
            long net = debits - credits;
            return runningBalance == (AccountCode.valueOf(code).type().normalSide() == Side.DEBIT ? net : -net);
        }
    }

    static TrialBalance of(String tenantId, List<Row> rows) {
        Map<String, Long> net = new TreeMap<>();
        rows.forEach(row -> net.merge(row.currency(), row.debits() - row.credits(), Math::addExact));
        return new TrialBalance(tenantId, rows, net);
    }

    public boolean balanced() {
        return netPerCurrency.values().stream().allMatch(sum -> sum == 0)
                && accounts.stream().allMatch(Row::runningBalanceAgrees);
    }
}
