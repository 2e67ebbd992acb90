package com.fluxpay.ledger.domain;

import java.util.Iterator;

/**
 * Recomputes a tenant's chain from the first entry: each link must follow the one before it without a
 * gap, name that one's hash as its previous, and hash to what it stores. The first link that fails is the
 * first place the stored ledger differs from what was written. The chain's head (last sequence and hash,
 * stored apart from the entries) catches what the links alone cannot: entries cut off at the end.
 */
public final class HashChain {

    private HashChain() {
    }

    public static ChainVerdict verify(String tenantId, Iterator<ChainLink> links, long headSequence, String headHash) {
        String expectedPrevious = ChainLink.GENESIS;
        long expectedSequence = 1;
        long checked = 0;
        while (links.hasNext()) {
            ChainLink link = links.next();
            String reason = null;
            if (link.sequence() != expectedSequence) {
                reason = "expected sequence " + expectedSequence + " but found " + link.sequence() + ": entries missing";
            } else if (!link.previousHash().equals(expectedPrevious)) {
                reason = "its previous hash is not the hash of entry " + (expectedSequence - 1);
            } else if (!link.recomputedHash().equals(link.hash())) {
                reason = "its content no longer hashes to the stored hash";
            }
            if (reason != null) {
                return new ChainVerdict(tenantId, checked,
                        new ChainVerdict.BrokenLink(link.sequence(), link.sourceEventId(), reason));
            }
            // the next link must chain to the hash recomputed here, which equals the stored one
            expectedPrevious = link.hash();
            expectedSequence++;
            checked++;
        }
        if (checked != headSequence || !expectedPrevious.equals(headHash)) {
            return new ChainVerdict(tenantId, checked, new ChainVerdict.BrokenLink(checked + 1, null,
                    "the chain's head is at entry " + headSequence + " but the entries end at " + checked));
        }
        return new ChainVerdict(tenantId, checked, null);
    }
}
