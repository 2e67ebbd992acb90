package com.fluxpay.ledger.application;

import com.fluxpay.contracts.credit.CreditTopUps;
import com.fluxpay.ledger.application.port.TopUpOrders;
import com.fluxpay.ledger.domain.audit.TopUpOrder;
import java.time.Clock;
import java.util.Currency;
import java.util.Map;
import java.util.Optional;

/**
 * Remembers each order whose metadata buys credits, for the credit auditor. Metadata credit-service cannot use
 * (it grants nothing for it) is not a top-up here either, so such an order expects no grant.
 */
public final class RecordingTopUpOrder {

    /** An order as announced, money as on the wire. */
    public record TopUpOrderCommand(String orderId, String tenantId, long amount, String currency,
                                    Map<String, String> metadata) {
    }

    private final TopUpOrders orders;
    private final Clock clock;

    public RecordingTopUpOrder(TopUpOrders orders, Clock clock) {
        this.orders = orders;
        this.clock = clock;
    }

    /** @return true if the order buys credits */
    public boolean record(TopUpOrderCommand command) {
        var metadata = command.metadata() == null ? Map.<String, String>of() : command.metadata();
        String customer = metadata.get(CreditTopUps.CUSTOMER);
        String unit = metadata.get(CreditTopUps.UNIT);
        var quantity = positive(metadata.get(CreditTopUps.QUANTITY));
        if (blank(customer) || blank(unit) || quantity.isEmpty()) {
            return false;
        }
        orders.record(new TopUpOrder(command.orderId(), command.tenantId(), command.amount(),
                Currency.getInstance(command.currency()), customer, unit, quantity.get(), clock.instant()));
        return true;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static Optional<Long> positive(String decimal) {
        try {
            long value = Long.parseLong(decimal == null ? "" : decimal.strip());
            return value > 0 ? Optional.of(value) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
