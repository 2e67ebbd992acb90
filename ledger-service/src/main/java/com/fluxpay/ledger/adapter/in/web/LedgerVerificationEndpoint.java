package com.fluxpay.ledger.adapter.in.web;

import com.fluxpay.ledger.application.VerifyingLedgerChain;
import com.fluxpay.ledger.domain.ChainVerdict;
import java.util.List;
import java.util.Map;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;
import org.springframework.boot.actuate.endpoint.annotation.Selector;

/**
 * {@code GET /actuator/ledger-verification} recomputes every tenant's hash chain;
 * {@code GET /actuator/ledger-verification/{tenant}} one tenant's. Each verdict names the first broken link.
 */
@Endpoint(id = "ledger-verification")
public class LedgerVerificationEndpoint {

    private final VerifyingLedgerChain verifying;

    public LedgerVerificationEndpoint(VerifyingLedgerChain verifying) {
        this.verifying = verifying;
    }

    @ReadOperation
    public Map<String, Object> verifyAll() {
        List<ChainVerdict> verdicts = verifying.verifyAll();
        return Map.of("intact", verdicts.stream().allMatch(ChainVerdict::intact), "ledgers", verdicts);
    }

    @ReadOperation
    public ChainVerdict verify(@Selector String tenantId) {
        return verifying.verify(tenantId);
    }
}
