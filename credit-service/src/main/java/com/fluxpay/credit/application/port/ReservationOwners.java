package com.fluxpay.credit.application.port;

import com.fluxpay.credit.domain.CreditAccountId;
import com.fluxpay.credit.domain.ReservationId;
import java.util.Optional;

/** Which account holds a reservation: a usage's completion names its usage, not its customer and unit. */
public interface ReservationOwners {

    Optional<CreditAccountId> accountHolding(String tenantId, ReservationId reservationId);
}
