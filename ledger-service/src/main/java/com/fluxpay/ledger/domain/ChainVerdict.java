package com.fluxpay.ledger.domain;

import java.util.UUID;

/** The result of recomputing one tenant's chain: how far it holds, and the first link that does not. */
public record ChainVerdict(String tenantId, long entriesChecked, BrokenLink firstBrokenLink) {

    public record BrokenLink(long sequence, UUID sourceEventId, String reason) {
    }

    public boolean intact() {
        return firstBrokenLink == null;
    }
}
