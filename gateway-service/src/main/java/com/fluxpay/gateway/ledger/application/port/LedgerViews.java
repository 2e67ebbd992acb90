package com.fluxpay.gateway.ledger.application.port;

import com.fluxpay.gateway.command.TenantId;
import com.fluxpay.gateway.ledger.domain.LedgerPosting;
import com.fluxpay.gateway.ledger.domain.TrialBalanceView;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The tenant's ledger, as projected from ledger.entry.posted. */
public interface LedgerViews {

    /** The last posting to the account at or before {@code asOf} (null: the latest). */
    Optional<LedgerPosting> lastPosting(TenantId tenantId, String account, String currency, Instant asOf);

    /** Postings to the account, newest first, before the sequence (null: from the newest). */
    List<LedgerPosting> postings(TenantId tenantId, String account, String currency, Long beforeSequence, int limit);

    List<TrialBalanceView.Row> latestBalances(TenantId tenantId);
}
