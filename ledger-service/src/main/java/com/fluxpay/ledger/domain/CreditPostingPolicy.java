package com.fluxpay.ledger.domain;

import static com.fluxpay.ledger.domain.AccountCode.BREAKAGE_REVENUE;
import static com.fluxpay.ledger.domain.AccountCode.CREDIT_LIABILITY;
import static com.fluxpay.ledger.domain.AccountCode.CREDIT_REVENUE;
import static com.fluxpay.ledger.domain.AccountCode.MERCHANT_PAYABLE;
import static com.fluxpay.ledger.domain.Posting.credit;
import static com.fluxpay.ledger.domain.Posting.debit;

import com.fluxpay.ledger.domain.CreditMovement.Category;
import com.fluxpay.ledger.domain.PostingOutcome.NothingToPost;
import com.fluxpay.ledger.domain.PostingOutcome.Posted;
import com.fluxpay.ledger.domain.PostingOutcome.Rejected;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The posting rules of credit movements (docs/ledger.md, "Credits"): a top-up's price is deferred revenue until its
 * credits are consumed (credit revenue), expire (breakage) or are refunded (back to what the merchant is owed, which
 * the payment's refund then pays out). Only money is posted: free credits cost nothing and book no entry; the
 * ledger's credit register keeps their count. An entry belongs to no payment: its subject is the credit account.
 */
public final class CreditPostingPolicy {

    public PostingOutcome apply(CreditMovement movement, Balances balances) {
        PostingOutcome outcome = switch (movement.kind()) {
            case GRANTED -> grant(movement, balances);
            case DEDUCTED -> draw(movement, EntryKind.CREDIT_USAGE, CREDIT_REVENUE);
            case EXPIRED -> draw(movement, EntryKind.CREDIT_BREAKAGE, BREAKAGE_REVENUE);
            case REFUNDED -> draw(movement, EntryKind.CREDIT_REFUND, MERCHANT_PAYABLE);
            case RELEASED -> new NothingToPost("a release moves credits back to available: no money moved");
        };
        return outcome instanceof Posted posted ? Overdrafts.guard(posted, balances) : outcome;
    }

    private PostingOutcome grant(CreditMovement movement, Balances balances) {
        var grant = movement.grant().orElseThrow(() -> new IllegalArgumentException(
                "credit.granted " + movement.sourceEventId() + " names no grant"));
        if (grant.category() == Category.FREE) {
            return new NothingToPost("free grant " + grant.grantId() + " cost nothing: its " + movement.quantity()
                    + " " + movement.unit() + " are in the credit register only");
        }
        if (grant.priceAmount().isEmpty() || grant.currency().isEmpty()) {
            return new Rejected(RejectionReason.UNPRICED_TOP_UP, "paid grant " + grant.grantId() + " of event "
                    + movement.sourceEventId() + " states no price");
        }
        long price = grant.priceAmount().get();
        if (price < 0) {
            return new Rejected(RejectionReason.NON_POSITIVE_AMOUNT, "paid grant " + grant.grantId() + " priced " + price);
        }
        if (price == 0) {
            return new NothingToPost("paid grant " + grant.grantId() + " was priced 0: no money moved");
        }
        var currency = grant.currency().get();
        var payable = account(movement, MERCHANT_PAYABLE, currency);
        if (balances.of(payable) < price) {
            // the payment is booked from another topic and may come later: not a refusal for good
            return new Rejected(RejectionReason.TOP_UP_PAYMENT_NOT_BOOKED, "top-up " + grant.grantId() + " of " + price
                    + " " + currency + " but " + payable + " holds " + balances.of(payable));
        }
        return new Posted(entry(movement, EntryKind.CREDIT_PURCHASE, List.of(
                debit(payable, price),
                credit(account(movement, CREDIT_LIABILITY, currency), price))), null);
    }

    /** What left paid grants, per currency, out of the liability into {@code to}; free draws post nothing. */
    private PostingOutcome draw(CreditMovement movement, EntryKind kind, AccountCode to) {
        Map<String, Long> valuePerCurrency = new TreeMap<>();
        for (CreditMovement.Draw draw : movement.draws()) {
            if (draw.amount() > 0) {
                valuePerCurrency.merge(draw.currency().orElseThrow().getCurrencyCode(), draw.amount(), Math::addExact);
            }
        }
        if (valuePerCurrency.isEmpty()) {
            return new NothingToPost(movement.kind() + " of " + movement.quantity() + " " + movement.unit()
                    + " drew no money (free credits, a share rounded to zero, or no draws stated)");
        }
        List<Posting> postings = new ArrayList<>();
        valuePerCurrency.forEach((code, value) -> {
            var currency = Currency.getInstance(code);
            postings.add(debit(account(movement, CREDIT_LIABILITY, currency), value));
            postings.add(credit(account(movement, to, currency), value));
        });
        return new Posted(entry(movement, kind, postings), null);
    }

    private static AccountRef account(CreditMovement movement, AccountCode code, Currency currency) {
        return new AccountRef(movement.tenantId(), code, currency);
    }

    private static JournalEntry entry(CreditMovement movement, EntryKind kind, List<Posting> postings) {
        return new JournalEntry(movement.sourceEventId(), movement.tenantId(), movement.accountId(), kind, postings,
                movement.occurredAt());
    }
}
