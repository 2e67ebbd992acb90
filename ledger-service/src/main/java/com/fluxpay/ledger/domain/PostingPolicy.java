package com.fluxpay.ledger.domain;

import static com.fluxpay.ledger.domain.AccountCode.AUTHORIZATIONS_PENDING;
import static com.fluxpay.ledger.domain.AccountCode.AUTHORIZATIONS_RECEIVABLE;
import static com.fluxpay.ledger.domain.AccountCode.MERCHANT_PAYABLE;
import static com.fluxpay.ledger.domain.AccountCode.PSP_CLEARING;
import static com.fluxpay.ledger.domain.Posting.credit;
import static com.fluxpay.ledger.domain.Posting.debit;

import com.fluxpay.ledger.domain.PostingOutcome.NothingToPost;
import com.fluxpay.ledger.domain.PostingOutcome.Posted;
import com.fluxpay.ledger.domain.PostingOutcome.Rejected;
import java.util.ArrayList;
import java.util.List;

/**
 * The posting rules: which entry each payment event produces, given what the ledger has booked for the
 * payment so far. docs/ledger.md has the same rules as a table. Nothing here writes; the caller books the
 * entry and the new position together.
 */
public final class PostingPolicy {

    public PostingOutcome apply(PaymentPosition position, MoneyEvent event, Balances balances) {
        PostingOutcome outcome = switch (event) {
            case MoneyEvent.Approved approved -> approve(position, approved);
            case MoneyEvent.Captured captured -> capture(position, captured);
            case MoneyEvent.Canceled canceled -> cancel(position, canceled);
            case MoneyEvent.Refunded refunded -> refund(position, refunded);
            case MoneyEvent.Failed failed -> new NothingToPost("payment " + failed.paymentId() + " failed: no money moved");
        };
        return outcome instanceof Posted posted ? Overdrafts.guard(posted, balances) : outcome;
    }

    private PostingOutcome approve(PaymentPosition position, MoneyEvent.Approved event) {
        if (event.amount() <= 0) {
            return nonPositive(event, event.amount());
        }
        if (position.approved()) {
            return new Rejected(RejectionReason.ALREADY_APPROVED, "payment " + event.paymentId()
                    + " was approved before; a second approval under event " + event.sourceEventId() + " is not booked");
        }
        if (event.captured()) {
            var entry = entry(event, EntryKind.CAPTURE, capturePostings(event, event.amount()));
            return new Posted(entry, position.capturedAtOnce(event.tenantId(), event.currency(), event.amount()));
        }
        var entry = entry(event, EntryKind.HOLD, List.of(
                debit(account(event, AUTHORIZATIONS_RECEIVABLE), event.amount()),
                credit(account(event, AUTHORIZATIONS_PENDING), event.amount())));
        return new Posted(entry, position.held(event.tenantId(), event.currency(), event.amount()));
    }

    private PostingOutcome capture(PaymentPosition position, MoneyEvent.Captured event) {
        var refusal = event.amount() <= 0 ? nonPositive(event, event.amount()) : refusalOf(position, event);
        if (refusal != null) {
            return refusal;
        }
        if (position.holdStatus() != HoldStatus.PENDING) {
            return new Rejected(RejectionReason.NO_PENDING_HOLD, "payment " + event.paymentId() + " has no pending hold ("
                    + position.holdStatus() + ") to capture " + event.amount() + " from");
        }
        if (event.amount() > position.holdRemaining()) {
            return new Rejected(RejectionReason.CAPTURE_EXCEEDS_HOLD, "capture of " + event.amount() + " on payment "
                    + event.paymentId() + " exceeds the " + position.holdRemaining() + " still held");
        }
        List<Posting> postings = new ArrayList<>(releasePostings(event, event.amount()));
        postings.addAll(capturePostings(event, event.amount()));
        return new Posted(entry(event, EntryKind.HOLD_POST, postings), position.holdPosted(event.amount()));
    }

    private PostingOutcome cancel(PaymentPosition position, MoneyEvent.Canceled event) {
        // a cancel releases whatever is still held, so its own amount is not checked here
        var refusal = refusalOf(position, event);
        if (refusal != null) {
            return refusal;
        }
        if (position.holdStatus() != HoldStatus.PENDING) {
            return new NothingToPost("payment " + event.paymentId() + " has no pending hold (" + position.holdStatus()
                    + "): nothing to release");
        }
        // the void releases what the ledger still holds; a different releasedAmount is the auditor's to report
        long rest = position.holdRemaining();
        return new Posted(entry(event, EntryKind.HOLD_VOID, releasePostings(event, rest)), position.holdVoided());
    }

    private PostingOutcome refund(PaymentPosition position, MoneyEvent.Refunded event) {
        var refusal = event.amount() <= 0 ? nonPositive(event, event.amount()) : refusalOf(position, event);
        if (refusal != null) {
            return refusal;
        }
        if (event.amount() > position.refundable()) {
            return new Rejected(RejectionReason.REFUND_EXCEEDS_CAPTURED, "refund " + event.refundId() + " of "
                    + event.amount() + " on payment " + event.paymentId() + " exceeds the " + position.refundable()
                    + " captured and not yet refunded");
        }
        var entry = entry(event, EntryKind.REFUND, List.of(
                debit(account(event, MERCHANT_PAYABLE), event.amount()),
                credit(account(event, PSP_CLEARING), event.amount())));
        return new Posted(entry, position.refundedMore(event.amount()));
    }

    /** The checks every event after the approval shares; null when it may proceed. */
    private static Rejected refusalOf(PaymentPosition position, MoneyEvent event) {
        if (!position.approved()) {
            return new Rejected(RejectionReason.NO_APPROVAL_SEEN, "the ledger never saw payment " + event.paymentId()
                    + " approved; event " + event.sourceEventId() + " has nothing to book against");
        }
        if (!position.currency().equals(event.currency())) {
            return new Rejected(RejectionReason.CURRENCY_DIFFERS, "payment " + event.paymentId() + " is in "
                    + position.currency() + ", event " + event.sourceEventId() + " in " + event.currency());
        }
        if (!position.tenantId().equals(event.tenantId())) {
            return new Rejected(RejectionReason.TENANT_DIFFERS, "payment " + event.paymentId() + " belongs to "
                    + position.tenantId() + ", event " + event.sourceEventId() + " names " + event.tenantId());
        }
        return null;
    }

    private static List<Posting> capturePostings(MoneyEvent event, long amount) {
        return List.of(debit(account(event, PSP_CLEARING), amount), credit(account(event, MERCHANT_PAYABLE), amount));
    }

    private static List<Posting> releasePostings(MoneyEvent event, long amount) {
        return List.of(debit(account(event, AUTHORIZATIONS_PENDING), amount),
                credit(account(event, AUTHORIZATIONS_RECEIVABLE), amount));
    }

    private static AccountRef account(MoneyEvent event, AccountCode code) {
        return new AccountRef(event.tenantId(), code, event.currency());
    }

    private static JournalEntry entry(MoneyEvent event, EntryKind kind, List<Posting> postings) {
        return new JournalEntry(event.sourceEventId(), event.tenantId(), event.paymentId(), kind, postings,
                event.occurredAt());
    }

    private static Rejected nonPositive(MoneyEvent event, long amount) {
        return new Rejected(RejectionReason.NON_POSITIVE_AMOUNT, "event " + event.sourceEventId() + " of payment " + event.paymentId() + " moves "
                + amount);
    }
}
