package com.fluxpay.ledger.domain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The posting rules applied to a ledger kept in memory, as the use case does against Postgres. */
final class InMemoryLedger {

    private final PostingPolicy policy = new PostingPolicy();
    private final CreditPostingPolicy creditPolicy = new CreditPostingPolicy();
    final Map<String, PaymentPosition> positions = new HashMap<>();
    final Map<AccountRef, Long> balances = new HashMap<>();
    final List<JournalEntry> entries = new ArrayList<>();
    final List<PostingOutcome> outcomes = new ArrayList<>();

    PostingOutcome apply(MoneyEvent event) {
        var position = positions.getOrDefault(event.paymentId(), PaymentPosition.unseen(event.paymentId()));
        var outcome = policy.apply(position, event, account -> balances.getOrDefault(account, 0L));
        if (outcome instanceof PostingOutcome.Posted posted) {
            positions.put(event.paymentId(), posted.position());
        }
        return booked(outcome);
    }

    PostingOutcome apply(CreditMovement movement) {
        return booked(creditPolicy.apply(movement, account -> balances.getOrDefault(account, 0L)));
    }

    private PostingOutcome booked(PostingOutcome outcome) {
        if (outcome instanceof PostingOutcome.Posted posted) {
            entries.add(posted.entry());
            posted.entry().postings().forEach(p -> balances.merge(p.account(), p.account().effectOf(p.side(), p.amount()),
                    Long::sum));
        }
        outcomes.add(outcome);
        return outcome;
    }

    long balance(AccountRef account) {
        return balances.getOrDefault(account, 0L);
    }
}
