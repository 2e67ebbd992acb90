package com.fluxpay.ledger.application;

import com.fluxpay.ledger.application.port.LedgerChains;
import com.fluxpay.ledger.domain.ChainVerdict;
import com.fluxpay.ledger.domain.HashChain;
import java.util.List;

/**
 * Recomputes every tenant's hash chain from its first entry and names the first broken link. The head is
 * read before the links and only links up to it are checked, so entries appended meanwhile are not
 * mistaken for tampering.
 */
public final class VerifyingLedgerChain {

    private final LedgerChains chains;

    public VerifyingLedgerChain(LedgerChains chains) {
        this.chains = chains;
    }

    public ChainVerdict verify(String tenantId) {
        var head = chains.headOf(tenantId);
        return HashChain.verify(tenantId, chains.linksOf(tenantId, head.sequence()), head.sequence(), head.hash());
    }

    public List<ChainVerdict> verifyAll() {
        return chains.tenants().stream().map(this::verify).toList();
    }
}
