package com.fluxpay.gateway.ledger.adapter.in.web;

import com.fluxpay.gateway.http.Callers;
import com.fluxpay.gateway.http.PageResource;

import com.fluxpay.gateway.ledger.application.ReadingLedger;
import com.fluxpay.gateway.ledger.domain.TrialBalanceView;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping(path = "/api/v1/ledger", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Ledger", description = "The tenant's double-entry ledger (docs/ledger.md lists the accounts)")
public class LedgerController {

    private final ReadingLedger ledger;

    public LedgerController(ReadingLedger ledger) {
        this.ledger = ledger;
    }

    @GetMapping("/accounts/{account}/{currency}/balance")
    @Operation(summary = "An account's balance on its normal side, now or as of a time")
    public Map<String, Object> balance(@PathVariable String account, @PathVariable String currency,
                                       @RequestParam(required = false)
                                       @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant asOf,
                                       HttpServletRequest request) {
        var body = new LinkedHashMap<String, Object>();
        body.put("account", account);
        body.put("currency", currency);
        body.put("asOf", asOf);
        body.put("balance", ledger.balance(Callers.of(request).tenant(), account, currency, asOf));
        return body;
    }

    @GetMapping("/accounts/{account}/{currency}/entries")
    @Operation(summary = "An account's postings, newest first (cursor pagination)")
    public Map<String, Object> entries(@PathVariable String account, @PathVariable String currency,
                                       @RequestParam(required = false) String cursor,
                                       @RequestParam(required = false) Integer limit, HttpServletRequest request) {
        return PageResource.of(ledger.statement(Callers.of(request).tenant(), account, currency, cursor, limit));
    }

    @GetMapping("/trial-balance")
    @Operation(summary = "Every account's balance; per currency, debit-normal and credit-normal totals agree")
    public Map<String, Object> trialBalance(HttpServletRequest request) {
        TrialBalanceView trial = ledger.trialBalance(Callers.of(request).tenant());
        var body = new LinkedHashMap<String, Object>();
        body.put("balanced", trial.balanced());
        body.put("perCurrency", trial.perCurrency());
        body.put("accounts", trial.accounts());
        return body;
    }
}
