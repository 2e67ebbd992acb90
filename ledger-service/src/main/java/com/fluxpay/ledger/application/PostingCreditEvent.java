package com.fluxpay.ledger.application;

import com.fluxpay.ledger.application.port.CreditRegister;
import com.fluxpay.ledger.application.port.EntryEvents;
import com.fluxpay.ledger.application.port.Journal;
import com.fluxpay.ledger.application.port.PostingRejections;
import com.fluxpay.ledger.domain.ChainLink;
import com.fluxpay.ledger.domain.CreditMovement;
import com.fluxpay.ledger.domain.CreditPostingPolicy;
import com.fluxpay.ledger.domain.PostingOutcome;
import com.fluxpay.ledger.domain.RejectionReason;
import java.time.Clock;

/**
 * Books one credit movement: records it in the credit register (in credits, once per account and version), then
 * posts its money, if any, like every other entry (its link in the tenant's hash chain, the announcement). Runs inside
 * the inbox's transaction, so the event is marked consumed only if all of it commits.
 */
public final class PostingCreditEvent {

    /**
     * A top-up granted before its payment was booked (the two come on two topics): the merchant payable cannot yet
     * fund the credit liability. Thrown, not rejected, so the platform retries it and then dead-letters it for a
     * replay once the payment is booked; refusing it for good would lose a correct entry to an ordering accident.
     */
    public static final class TopUpPaymentNotBookedYet extends RuntimeException {

        TopUpPaymentNotBookedYet(String detail) {
            super(detail);
        }
    }

    private final CreditPostingPolicy policy = new CreditPostingPolicy();
    private final Journal journal;
    private final CreditRegister register;
    private final PostingRejections rejections;
    private final EntryEvents events;
    private final Clock clock;

    public PostingCreditEvent(Journal journal, CreditRegister register, PostingRejections rejections,
                              EntryEvents events, Clock clock) {
        this.journal = journal;
        this.register = register;
        this.rejections = rejections;
        this.events = events;
        this.clock = clock;
    }

    public PostingOutcome post(CreditMovement movement) {
        // the inbox drops a redelivery; the register's key (account, version) drops the same movement under a new id
        if (journal.containsEntryFor(movement.sourceEventId()) || !register.record(movement, clock.instant())) {
            return new PostingOutcome.NothingToPost("movement " + movement.version() + " of " + movement.accountId()
                    + " is already booked");
        }
        var tip = journal.lockChainTip(movement.tenantId());
        var outcome = policy.apply(movement, journal::balanceOf);
        switch (outcome) {
            case PostingOutcome.Posted posted -> {
                var link = ChainLink.append(tip.sequence() + 1, tip.hash(), posted.entry());
                var recordedAt = clock.instant();
                var balancesAfter = journal.append(posted.entry(), link, recordedAt);
                events.posted(posted.entry(), link, balancesAfter, recordedAt);
            }
            case PostingOutcome.Rejected rejected when rejected.reason() == RejectionReason.TOP_UP_PAYMENT_NOT_BOOKED ->
                    throw new TopUpPaymentNotBookedYet(rejected.detail());
            case PostingOutcome.Rejected rejected -> rejections.record(movement.sourceEventId(), movement.accountId(),
                    movement.tenantId(), rejected, clock.instant());
            case PostingOutcome.NothingToPost nothing -> {
            }
        }
        return outcome;
    }
}
