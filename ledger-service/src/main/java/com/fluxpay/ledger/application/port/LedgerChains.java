package com.fluxpay.ledger.application.port;

import com.fluxpay.ledger.domain.ChainLink;
import java.util.Iterator;
import java.util.List;

/** The stored hash chains, read back as written for verification. */
public interface LedgerChains {

    List<String> tenants();

    /** The head of the tenant's chain; sequence 0 and the genesis hash when it has no entries. */
    Journal.ChainTip headOf(String tenantId);

    /** The tenant's links from sequence 1 up to {@code lastSequence}, in order, read lazily. */
    Iterator<ChainLink> linksOf(String tenantId, long lastSequence);
}
