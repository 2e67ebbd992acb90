package com.fluxpay.credit.application;

import com.fluxpay.credit.domain.CreditAccountId;
import com.fluxpay.credit.domain.ReservationId;
import java.time.Duration;

/** Hold {@code credits} for a usage until it is consumed or released, at most {@code timeout}. */
public record ReserveCreditsCommand(CreditAccountId account, ReservationId reservationId, long credits,
                                    Duration timeout, String idempotencyKey) {
}
