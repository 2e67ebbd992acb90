package com.fluxpay.credit.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** A top-up (paid) or a free grant to add to an account. */
public record NewGrant(GrantId id, Funding funding, long quantity, int priority, Optional<Instant> expiresAt,
                       String idempotencyKey) {

    public NewGrant {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(funding, "funding");
        Objects.requireNonNull(expiresAt, "expiresAt");
        CreditAccountId.requireText(idempotencyKey, "idempotencyKey");
        if (quantity <= 0) {
            throw new IllegalArgumentException("a grant gives at least one credit: " + quantity);
        }
    }
}
