package com.fluxpay.credit.domain;

import java.util.Objects;

/** Where a grant's credits came from: a payment (a top-up) or a reason to give them away (a promotion). */
public sealed interface Funding permits Funding.Paid, Funding.Free {

    GrantCategory category();

    /** A top-up: {@code price} was taken by payment {@code paymentId}; a refund goes back through it. */
    record Paid(Money price, String paymentId) implements Funding {

        public Paid {
            Objects.requireNonNull(price, "price");
            CreditAccountId.requireText(paymentId, "paymentId");
        }

        @Override
        public GrantCategory category() {
            return GrantCategory.PAID;
        }
    }

    /** A free grant: {@code reason} says why (a promo code, a signup bonus, a goodwill gesture). */
    record Free(String reason) implements Funding {

        public Free {
            CreditAccountId.requireText(reason, "reason");
        }

        @Override
        public GrantCategory category() {
            return GrantCategory.FREE;
        }
    }
}
