package com.fluxpay.credit.adapter.out.policy;

import com.fluxpay.credit.application.port.DrawDownOrders;
import com.fluxpay.credit.domain.CreditAccountId;
import com.fluxpay.credit.domain.DrawDownOrder;

/** Every tenant draws by the default order until tenants can configure theirs (a later step). */
public class DefaultDrawDownOrders implements DrawDownOrders {

    @Override
    public DrawDownOrder currentFor(CreditAccountId account) {
        return DrawDownOrder.DEFAULT;
    }
}
