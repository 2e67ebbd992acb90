package com.fluxpay.ledger.domain;

import com.fluxpay.ledger.domain.CreditMovement.Category;
import com.fluxpay.ledger.domain.CreditMovement.Draw;
import com.fluxpay.ledger.domain.CreditMovement.GrantArrived;
import com.fluxpay.ledger.domain.CreditMovement.Kind;
import java.time.Instant;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Credit movements of one account of tenant-a (customer cus_1, unit credits), versions counted up as they are built. */
final class CreditEvents {

    static final String ACCOUNT = "ca_test";
    static final Instant AT = Events.AT;

    private long version;
    private long total;

    CreditMovement topUp(String grantId, long credits, long price, String currency) {
        return granted(new GrantArrived(grantId, Category.PAID, Optional.of(price),
                Optional.of(Currency.getInstance(currency))), credits);
    }

    CreditMovement freeGrant(String grantId, long credits) {
        return granted(new GrantArrived(grantId, Category.FREE, Optional.empty(), Optional.empty()), credits);
    }

    CreditMovement deducted(Draw... draws) {
        return drawn(Kind.DEDUCTED, draws);
    }

    CreditMovement expired(Draw... draws) {
        return drawn(Kind.EXPIRED, draws);
    }

    CreditMovement refunded(Draw... draws) {
        return drawn(Kind.REFUNDED, draws);
    }

    CreditMovement released(long credits) {
        return movement(Kind.RELEASED, credits, Optional.empty(), List.of());
    }

    static Draw paid(String grantId, long credits, long amount, String currency) {
        return new Draw(grantId, Category.PAID, credits, amount, Optional.of(Currency.getInstance(currency)));
    }

    static Draw free(String grantId, long credits) {
        return new Draw(grantId, Category.FREE, credits, 0, Optional.empty());
    }

    private CreditMovement granted(GrantArrived grant, long credits) {
        return movement(Kind.GRANTED, credits, Optional.of(grant), List.of());
    }

    private CreditMovement drawn(Kind kind, Draw... draws) {
        long credits = List.of(draws).stream().mapToLong(Draw::quantity).sum();
        return movement(kind, credits, Optional.empty(), List.of(draws));
    }

    private CreditMovement movement(Kind kind, long credits, Optional<GrantArrived> grant, List<Draw> draws) {
        total += kind.effectOn(credits);
        return new CreditMovement(UUID.randomUUID(), ACCOUNT, Events.TENANT, "cus_1", "credits", kind, ++version,
                credits, grant, draws, total, 0, 0, AT);
    }
}
