package com.fluxpay.ledger.application.port;

import com.fluxpay.ledger.application.AccountStatement.Line;
import com.fluxpay.ledger.application.TrialBalance;
import com.fluxpay.ledger.domain.AccountRef;
import java.time.Instant;
import java.util.List;

/** Read-only questions to the journal. */
public interface LedgerReads {

    /** The balance on the account's normal side from the postings recorded up to {@code asOf} inclusive. */
    long balanceAsOf(AccountRef account, Instant asOf);

    /** Up to {@code limit} postings on the account with an entry sequence above {@code afterSequence}, oldest first. */
    List<Line> linesOf(AccountRef account, long afterSequence, int limit);

    List<TrialBalance.Row> trialBalanceRows(String tenantId);
}
