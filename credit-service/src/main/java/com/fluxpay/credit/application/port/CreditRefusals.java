package com.fluxpay.credit.application.port;

import com.fluxpay.contracts.credit.CreditCommandRejected;
import com.fluxpay.contracts.credit.CreditReservationRejected;

/** Publishes what was refused (through the outbox, in the caller's transaction): a refusal books nothing. */
public interface CreditRefusals {

    /** A usage was refused its reservation: nothing was held. */
    void reservationRejected(CreditReservationRejected rejection);

    /** A command changed nothing. */
    void commandRejected(CreditCommandRejected rejection);
}
