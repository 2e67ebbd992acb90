package com.fluxpay.credit.application;

import com.fluxpay.credit.application.port.CreditAccounts;
import com.fluxpay.credit.domain.ConsumeOutcome;
import com.fluxpay.credit.domain.CreditAccountId;
import com.fluxpay.credit.domain.ReleaseOutcome;
import com.fluxpay.credit.domain.ReservationId;
import com.fluxpay.credit.domain.ReservationOutcome;
import java.time.Clock;

/** Holds credits for a usage, then consumes (part of) them or releases them. */
public final class ReservingCredits {

    private final ChangingCreditAccount changing;
    private final Clock clock;

    public ReservingCredits(ChangingCreditAccount changing, Clock clock) {
        this.changing = changing;
        this.clock = clock;
    }

    public ReservationOutcome reserve(ReserveCreditsCommand command) {
        return changing.change(command.account(), CreditAccounts.Named.reservation(command.reservationId()),
                account -> account.reserve(command.reservationId(), command.credits(), command.timeout(),
                        command.idempotencyKey(), clock.instant()));
    }

    public ConsumeOutcome consume(CreditAccountId accountId, ReservationId reservationId, long credits,
                                  String idempotencyKey) {
        return changing.change(accountId, CreditAccounts.Named.reservation(reservationId),
                account -> account.consume(reservationId, credits, idempotencyKey, clock.instant()));
    }

    public ReleaseOutcome release(CreditAccountId accountId, ReservationId reservationId, String idempotencyKey) {
        return changing.change(accountId, CreditAccounts.Named.reservation(reservationId),
                account -> account.release(reservationId, idempotencyKey, clock.instant()));
    }
}
