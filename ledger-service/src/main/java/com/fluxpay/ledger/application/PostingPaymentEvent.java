package com.fluxpay.ledger.application;

import com.fluxpay.ledger.application.port.EntryEvents;
import com.fluxpay.ledger.application.port.Journal;
import com.fluxpay.ledger.application.port.PaymentPositions;
import com.fluxpay.ledger.application.port.PostingRejections;
import com.fluxpay.ledger.application.port.TopUpOrders;
import com.fluxpay.ledger.domain.ChainLink;
import com.fluxpay.ledger.domain.MoneyEvent;
import com.fluxpay.ledger.domain.PostingOutcome;
import com.fluxpay.ledger.domain.PostingPolicy;
import com.fluxpay.ledger.domain.RejectionReason;
import java.time.Clock;

/**
 * Books one payment event: the posting rules decide, then the entry, its link in the tenant's hash chain,
 * the payment's new position and the announcement of the entry (the outbox) are written together. Runs inside the inbox's transaction, so the event
 * is marked consumed only if all of it commits.
 */
public final class PostingPaymentEvent {

    /**
     * The refund of a top-up's payment pays out of the merchant payable what credit.refunded moves back into it from
     * the credit liability. payment-service refunds first and credit-service then completes, on two topics: booked
     * before its credit.refunded, the refund can find the payable short. Thrown, not rejected, so the platform retries
     * it (and dead-letters it for a replay if the credits never come); refused for good, a correct entry would be lost
     * to an ordering accident.
     */
    public static final class TopUpRefundAwaitsItsCredits extends RuntimeException {

        TopUpRefundAwaitsItsCredits(String detail) {
            super(detail);
        }
    }

    private final PostingPolicy policy = new PostingPolicy();
    private final Journal journal;
    private final PaymentPositions positions;
    private final PostingRejections rejections;
    private final EntryEvents events;
    private final TopUpOrders topUps;
    private final Clock clock;

    public PostingPaymentEvent(Journal journal, PaymentPositions positions, PostingRejections rejections,
                               EntryEvents events, TopUpOrders topUps, Clock clock) {
        this.journal = journal;
        this.positions = positions;
        this.rejections = rejections;
        this.events = events;
        this.topUps = topUps;
        this.clock = clock;
    }

    public PostingOutcome post(MoneyEvent event) {
        // the inbox already drops redeliveries; this covers an event replayed to a fresh consumer name
        if (journal.containsEntryFor(event.sourceEventId())) {
            return new PostingOutcome.NothingToPost("event " + event.sourceEventId() + " is already booked");
        }
        var position = positions.lock(event.paymentId());
        // the tenant's chain head is taken before the balances are read: appends of one tenant take turns,
        // so the overdraft guard sees the balances the entry will really be added to
        var tip = journal.lockChainTip(event.tenantId());
        var outcome = policy.apply(position, event, journal::balanceOf);
        switch (outcome) {
            case PostingOutcome.Posted posted -> {
                var link = ChainLink.append(tip.sequence() + 1, tip.hash(), posted.entry());
                var recordedAt = clock.instant();
                var balancesAfter = journal.append(posted.entry(), link, recordedAt);
                positions.save(posted.position(), recordedAt);
                events.posted(posted.entry(), link, balancesAfter, recordedAt);
            }
            case PostingOutcome.Rejected rejected when awaitsCredits(event, rejected) ->
                    throw new TopUpRefundAwaitsItsCredits(rejected.detail());
            case PostingOutcome.Rejected rejected -> rejections.record(event, rejected, clock.instant());
            case PostingOutcome.NothingToPost nothing -> {
            }
        }
        return outcome;
    }

    private boolean awaitsCredits(MoneyEvent event, PostingOutcome.Rejected rejected) {
        return event instanceof MoneyEvent.Refunded refund && rejected.reason() == RejectionReason.OVERDRAFT
                && refund.orderId() != null && topUps.contains(refund.orderId());
    }
}
