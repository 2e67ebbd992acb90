package com.fluxpay.ledger.domain;

import com.fluxpay.ledger.domain.PostingOutcome.Posted;
import com.fluxpay.ledger.domain.PostingOutcome.Rejected;
import java.util.HashMap;
import java.util.Map;

/** The guard every posting rule applies last: no entry takes a guarded account below zero. */
final class Overdrafts {

    private Overdrafts() {
    }

    static PostingOutcome guard(Posted posted, Balances balances) {
        Map<AccountRef, Long> effects = new HashMap<>();
        posted.entry().postings().forEach(p -> effects.merge(p.account(), p.account().effectOf(p.side(), p.amount()),
                Math::addExact));
        for (var effect : effects.entrySet()) {
            AccountRef account = effect.getKey();
            long after = Math.addExact(balances.of(account), effect.getValue());
            if (account.code().guarded() && after < 0) {
                return new Rejected(RejectionReason.OVERDRAFT, "entry for event " + posted.entry().sourceEventId()
                        + " would take " + account + " to " + after);
            }
        }
        return posted;
    }
}
