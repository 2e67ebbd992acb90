package com.fluxpay.ledger.domain;

/** What the posting rules decided about one event. Refusals are values: they are business outcomes. */
public sealed interface PostingOutcome {

    /**
     * Book {@code entry}; the payment then stands at {@code position} (null for an entry of no payment: a credit
     * movement's).
     */
    record Posted(JournalEntry entry, PaymentPosition position) implements PostingOutcome {
    }

    /** The event moves no money (a failed payment, a cancel with nothing left to release). */
    record NothingToPost(String why) implements PostingOutcome {
    }

    /** The event cannot be booked; nothing is written and the consistency auditor reports the gap. */
    record Rejected(RejectionReason reason, String detail) implements PostingOutcome {
    }
}
