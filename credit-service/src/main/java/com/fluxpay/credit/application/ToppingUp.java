package com.fluxpay.credit.application;

import com.fluxpay.contracts.credit.CreditTopUps;
import com.fluxpay.credit.application.port.TopUps;
import com.fluxpay.credit.domain.CreditAccountId;
import com.fluxpay.credit.domain.CreditUnit;
import com.fluxpay.credit.domain.Funding;
import com.fluxpay.credit.domain.GrantId;
import com.fluxpay.credit.domain.GrantOutcome;
import com.fluxpay.credit.domain.Money;
import com.fluxpay.credit.domain.NewGrant;
import java.util.Map;
import java.util.Optional;

/**
 * Grants the credits an order buys once its payment captured the order's amount in full. The order (order.created,
 * its metadata) and the capture (payment.approved or payment.captured) arrive on two topics in either order; each
 * is recorded, and whichever completes the pair grants. The grant id is derived from the order, so it grants once.
 */
public final class ToppingUp {

    private static final System.Logger LOG = System.getLogger(ToppingUp.class.getName());

    private final TopUps topUps;
    private final GrantingCredits granting;

    public ToppingUp(TopUps topUps, GrantingCredits granting) {
        this.topUps = topUps;
        this.granting = granting;
    }

    /** An order was created; one without the credit metadata is none of credit-service's business. */
    public Optional<GrantOutcome> orderCreated(String tenantId, String orderId, long amount, String currency,
                                               Map<String, String> metadata) {
        if (metadata == null || !metadata.containsKey(CreditTopUps.QUANTITY)) {
            return Optional.empty();
        }
        String customer = metadata.get(CreditTopUps.CUSTOMER);
        String unit = metadata.get(CreditTopUps.UNIT);
        long quantity = parseQuantity(metadata.get(CreditTopUps.QUANTITY));
        if (customer == null || customer.isBlank() || !CreditUnit.isValid(unit) || quantity <= 0) {
            // the order is paid all the same: an operator has to give the money back or the credits by hand
            LOG.log(System.Logger.Level.WARNING, "order {0} of {1} asks for credits with unusable metadata {2}",
                    orderId, tenantId, metadata);
            return Optional.empty();
        }
        return grantIfPaid(topUps.orderBuys(tenantId, orderId, customer, unit, quantity, amount, currency));
    }

    /** A payment of an order captured {@code capturedTotal} so far. */
    public Optional<GrantOutcome> captured(String tenantId, String orderId, String paymentId, long capturedTotal,
                                           String currency) {
        if (capturedTotal <= 0) {
            return Optional.empty();
        }
        return grantIfPaid(topUps.captured(tenantId, orderId, paymentId, capturedTotal, currency));
    }

    private Optional<GrantOutcome> grantIfPaid(TopUps.TopUp topUp) {
        if (topUp.order().isEmpty() || topUp.payment().isEmpty()) {
            return Optional.empty();
        }
        var order = topUp.order().get();
        var payment = topUp.payment().get();
        if (payment.captured() < order.amount() || !payment.currency().equals(order.currency())) {
            return Optional.empty();
        }
        var account = new CreditAccountId(topUp.tenantId(), order.customerId(), new CreditUnit(order.unit()));
        var grantId = "topup:" + topUp.orderId();
        return Optional.of(granting.grant(account, new NewGrant(new GrantId(grantId),
                new Funding.Paid(Money.of(order.amount(), order.currency()), payment.paymentId()), order.quantity(), 1,
                Optional.empty(), "grant:" + grantId)));
    }

    private static long parseQuantity(String value) {
        try {
            return value == null ? 0 : Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
