package com.fluxpay.gateway.ledger.application;

import com.fluxpay.gateway.command.TenantId;
import com.fluxpay.gateway.readmodel.application.Paging;

import com.fluxpay.gateway.ledger.application.port.LedgerViews;
import com.fluxpay.gateway.ledger.domain.LedgerPosting;
import com.fluxpay.gateway.ledger.domain.TrialBalanceView;
import com.fluxpay.gateway.readmodel.domain.Cursor;
import com.fluxpay.gateway.readmodel.domain.Page;
import java.time.Instant;

/** A tenant's ledger queries: balances (now or as of a time), statements, the trial balance. */
public final class ReadingLedger {

    private final LedgerViews ledger;

    public ReadingLedger(LedgerViews ledger) {
        this.ledger = ledger;
    }

    /** The balance on the account's normal side; an account without postings has 0. */
    public long balance(TenantId tenantId, String account, String currency, Instant asOf) {
        return ledger.lastPosting(tenantId, account, currency, asOf).map(LedgerPosting::balanceAfter).orElse(0L);
    }

    public Page<LedgerPosting> statement(TenantId tenantId, String account, String currency, String cursor,
                                         Integer limit) {
        return Paging.page(cursor, limit, (after, rows) -> ledger.postings(tenantId, account, currency,
                        after.map(c -> parse(c.id())).orElse(null), rows),
                posting -> new Cursor(posting.recordedAt(), Long.toString(posting.sequence())));
    }

    public TrialBalanceView trialBalance(TenantId tenantId) {
        return TrialBalanceView.of(ledger.latestBalances(tenantId));
    }

    private static Long parse(String sequence) {
        try {
            return Long.parseLong(sequence);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
