package com.fluxpay.ledger.adapter.in.web;

import com.fluxpay.ledger.application.QueryingLedger;
import com.fluxpay.ledger.application.TrialBalance;
import com.fluxpay.ledger.domain.AccountCode;
import com.fluxpay.ledger.domain.AccountRef;
import java.time.Instant;
import java.util.Currency;
import java.util.Map;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;
import org.springframework.boot.actuate.endpoint.annotation.Selector;
import org.springframework.lang.Nullable;

/**
 * Operators' view of the books until the gateway serves them from read models:
 * {@code GET /actuator/ledger-accounts/{tenant}} is the trial balance;
 * {@code GET /actuator/ledger-accounts/{tenant}/{code}/{currency}?cursor=&limit=} a statement page;
 * add {@code asOf=2026-11-21T10:00:00Z} for the balance as recorded at that time.
 */
@Endpoint(id = "ledger-accounts")
public class LedgerAccountsEndpoint {

    private final QueryingLedger querying;

    public LedgerAccountsEndpoint(QueryingLedger querying) {
        this.querying = querying;
    }

    @ReadOperation
    public TrialBalance trialBalance(@Selector String tenantId) {
        return querying.trialBalance(tenantId);
    }

    @ReadOperation
    public Object account(@Selector String tenantId, @Selector String code, @Selector String currency,
                          @Nullable String cursor, @Nullable Integer limit, @Nullable String asOf) {
        var account = new AccountRef(tenantId, AccountCode.valueOf(code), Currency.getInstance(currency));
        if (asOf != null) {
            Instant at = Instant.parse(asOf);
            return Map.of("account", account.toString(), "asOf", at, "balance", querying.balanceAsOf(account, at));
        }
        return querying.statement(account, cursor, limit == null ? 50 : limit);
    }
}
