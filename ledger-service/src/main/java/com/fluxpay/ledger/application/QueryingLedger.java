package com.fluxpay.ledger.application;

import com.fluxpay.ledger.application.port.LedgerReads;
import com.fluxpay.ledger.domain.AccountRef;
import java.time.Clock;
import java.time.Instant;

/**
 * Balances, statements and trial balances. "As of" reads the time an entry was recorded, not when its
 * event happened: an answer once given never changes when a late event is booked afterwards.
 */
public final class QueryingLedger {

    static final int MAX_PAGE = 200;

    private final LedgerReads reads;
    private final Clock clock;

    public QueryingLedger(LedgerReads reads, Clock clock) {
        this.reads = reads;
        this.clock = clock;
    }

    public long balance(AccountRef account) {
        return reads.balanceAsOf(account, clock.instant());
    }

    public long balanceAsOf(AccountRef account, Instant asOf) {
        return reads.balanceAsOf(account, asOf);
    }

    /** @param cursor null for the first page, else the previous page's {@code nextCursor} */
    public AccountStatement statement(AccountRef account, String cursor, int pageSize) {
        int limit = Math.clamp(pageSize, 1, MAX_PAGE);
        long after = cursor == null || cursor.isBlank() ? 0 : parseCursor(cursor);
        var lines = reads.linesOf(account, after, limit + 1);
        boolean more = lines.size() > limit;
        var page = more ? lines.subList(0, limit) : lines;
        String next = more ? Long.toString(page.get(page.size() - 1).sequence()) : null;
        return new AccountStatement(account.toString(), balance(account), page, next);
    }

    public TrialBalance trialBalance(String tenantId) {
        return TrialBalance.of(tenantId, reads.trialBalanceRows(tenantId));
    }

    private static long parseCursor(String cursor) {
        try {
            return Long.parseLong(cursor);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a cursor of this ledger: " + cursor, e);
        }
    }
}
