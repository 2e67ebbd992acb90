package com.fluxpay.gateway.payment;

import com.fluxpay.gateway.order.application.port.OrderViews;
import com.fluxpay.gateway.payment.adapter.in.kafka.PaymentEventsConsumer;
import com.fluxpay.gateway.payment.adapter.out.outbox.OutboxPaymentCommandRequests;
import com.fluxpay.gateway.payment.adapter.out.persistence.JdbcPaymentViews;
import com.fluxpay.gateway.payment.application.RequestingPaymentChange;
import com.fluxpay.gateway.payment.application.PayingOrder;
import com.fluxpay.gateway.readmodel.application.Awaiting;
import com.fluxpay.gateway.readmodel.application.ProjectionSignals;
import com.fluxpay.platform.inbox.EventDispatcher;
import com.fluxpay.platform.outbox.Outbox;
import com.fluxpay.platform.transactions.Transactions;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/** Payments of orders: taken, captured, voided and refunded through payment-service. */
@Configuration
public class PaymentConfiguration {

    @Bean
    JdbcPaymentViews paymentViews(JdbcTemplate jdbc) {
        return new JdbcPaymentViews(jdbc);
    }

    @Bean
    PaymentEventsConsumer paymentEventsConsumer(EventDispatcher dispatcher, JdbcPaymentViews views,
                                                ProjectionSignals signals) {
        return new PaymentEventsConsumer(dispatcher, views, signals);
    }

    @Bean
    OutboxPaymentCommandRequests paymentCommands(Transactions transactions, JdbcPaymentViews views, Outbox outbox) {
        return new OutboxPaymentCommandRequests(transactions, views, outbox);
    }

    @Bean
    PayingOrder payingOrder(OrderViews orders, JdbcPaymentViews payments, OutboxPaymentCommandRequests commands,
                            Clock clock, Awaiting awaiting) {
        return new PayingOrder(orders, payments, commands, clock, awaiting);
    }

    @Bean
    RequestingPaymentChange changingPayment(JdbcPaymentViews payments, OutboxPaymentCommandRequests commands, Clock clock,
                                    Awaiting awaiting) {
        return new RequestingPaymentChange(payments, commands, clock, awaiting);
    }
}
