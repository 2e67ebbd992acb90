package com.fluxpay.credit.domain;

import java.util.List;

/** What adding a top-up or a free grant came to. */
public sealed interface GrantOutcome permits GrantOutcome.Granted, GrantOutcome.Refused {

    record Granted(Grant grant, List<Movement> movements) implements GrantOutcome, Booked {
    }

    record Refused(GrantId grantId, Reason reason) implements GrantOutcome {
    }

    enum Reason {
        /** The account has a grant with this id already (a retried top-up is answered from its first result). */
        DUPLICATE_GRANT,
        /** Its expiry is not in the future: the credits would be breakage the moment they arrive. */
        ALREADY_EXPIRED
    }
}
