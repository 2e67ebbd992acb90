package com.fluxpay.gateway.credit.application.port;

import com.fluxpay.gateway.credit.domain.CreditAccountView;
import com.fluxpay.gateway.credit.domain.CreditBalance;
import com.fluxpay.gateway.credit.domain.CreditGrantView;
import com.fluxpay.gateway.credit.domain.CreditMovementView;
import com.fluxpay.gateway.credit.domain.CreditUsageView;
import java.time.Instant;

/**
 * What the credit events and the gateway's own requests write into the credit read models. Balances and
 * statuses are copied as an event states them, unless the row already shows a later version of the account.
 */
public interface CreditProjection {

    /** The account's balance as an event stated it; creates the account row when it is the first seen. */
    void stated(CreditAccountView account);

    /** One statement line; a second copy of the same movement changes nothing. */
    void moved(String tenantId, CreditMovementView movement);

    /** A grant credit-service booked (the gateway's free grants and top-ups alike). */
    void granted(CreditGrantView grant);

    void grantRejected(String grantId, String code, String reason, Instant at);

    /** A usage's hold was answered: RESERVED or REJECTED, with the balance stated; creates the row if absent. */
    void answered(CreditUsageView usage);

    void consumed(String tenantId, String usageId, long quantity, CreditBalance balance, Instant at);

    /** Held credits went back: the usage is RELEASED, or CONSUMED when they were the part a completion left. */
    void released(String tenantId, String usageId, boolean unused, CreditBalance balance, Instant at);

    /** The REQUESTED row of a grant the gateway sends; already there when a retry sends it again. */
    void insertRequested(CreditGrantView grant);

    void insertRequested(CreditUsageView usage);
}
