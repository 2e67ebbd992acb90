package com.fluxpay.credit.application.port;

import com.fluxpay.credit.domain.CreditAccount;
import com.fluxpay.credit.domain.CreditAccountId;
import com.fluxpay.credit.domain.GrantId;
import com.fluxpay.credit.domain.ReservationId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The credit accounts credit-service keeps: one row per account, grants, reservations and movements as rows. */
public interface CreditAccounts {

    /**
     * Finds and locks the account until the transaction ends (every change of an account takes this lock: its
     * balance is read and changed under it, never read before it). Loads the grants with credits left or a
     * refund pending, every OPEN reservation, and {@code named} whatever its state, so a repeated command is
     * answered with what happened to it.
     */
    Optional<CreditAccount> lock(CreditAccountId id, Named named);

    /** Stores a new account with {@link CreditAccount#newMovements()}. */
    void add(CreditAccount account);

    /** Stores the account's state and appends {@link CreditAccount#newMovements()}. */
    void update(CreditAccount account);

    /** Accounts whose next expiry or time-out is due by {@code now}, earliest first, for the sweeper. */
    List<CreditAccountId> dueBy(Instant now, int limit);

    /** A reservation or grant a command addresses, to load even when it is resolved or closed. */
    record Named(Optional<ReservationId> reservation, Optional<GrantId> grant) {

        public static Named nothing() {
            return new Named(Optional.empty(), Optional.empty());
        }

        public static Named reservation(ReservationId id) {
            return new Named(Optional.of(id), Optional.empty());
        }

        public static Named grant(GrantId id) {
            return new Named(Optional.empty(), Optional.of(id));
        }
    }
}
