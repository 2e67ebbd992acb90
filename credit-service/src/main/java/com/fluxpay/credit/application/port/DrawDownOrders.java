package com.fluxpay.credit.application.port;

import com.fluxpay.credit.domain.CreditAccountId;
import com.fluxpay.credit.domain.DrawDownOrder;

/** The draw-down order a tenant configured for a credit unit, in its latest version. */
public interface DrawDownOrders {

    DrawDownOrder currentFor(CreditAccountId account);
}
