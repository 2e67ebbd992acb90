package com.fluxpay.payment.config;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fluxpay.payment.adapter.in.kafka.OrderCommandConsumer;
import com.fluxpay.payment.adapter.in.kafka.PaymentCommandConsumer;
import com.fluxpay.payment.adapter.in.kafka.PspWebhookConsumer;
import com.fluxpay.payment.application.ApplyingPspWebhook;
import com.fluxpay.payment.adapter.in.scheduling.ReconcilerSchedule;
import com.fluxpay.payment.adapter.out.events.OutboxOrderEvents;
import com.fluxpay.payment.adapter.out.events.OutboxPaymentEvents;
import com.fluxpay.payment.adapter.out.events.OutboxPaymentRequests;
import com.fluxpay.payment.adapter.out.metrics.PaymentStateMetrics;
import com.fluxpay.payment.adapter.out.persistence.JdbcPaymentCommands;
import com.fluxpay.payment.adapter.out.persistence.JdbcStrayCharges;
import com.fluxpay.payment.adapter.out.persistence.JpaOrders;
import com.fluxpay.payment.adapter.out.persistence.JpaPayments;
import com.fluxpay.payment.adapter.out.persistence.OrderJpaRepository;
import com.fluxpay.payment.adapter.out.persistence.PaymentJpaRepository;
import com.fluxpay.payment.adapter.out.psp.GuardedProvider;
import com.fluxpay.payment.adapter.out.psp.HttpClients;
import com.fluxpay.payment.adapter.out.psp.SandboxClient;
import com.fluxpay.payment.adapter.out.psp.StripeClient;
import com.fluxpay.payment.adapter.out.psp.TossPaymentsClient;
import com.fluxpay.payment.application.ChangingOrder;
import com.fluxpay.payment.application.ReturningStrayCharges;
import com.fluxpay.payment.application.ChangingPayment;
import com.fluxpay.payment.application.ConfirmingPayment;
import com.fluxpay.payment.application.OpeningOrder;
import com.fluxpay.payment.application.PaymentProviders;
import com.fluxpay.payment.application.ReconcilingUnknownPayments;
import com.fluxpay.payment.application.SettlingCharge;
import com.fluxpay.payment.application.port.OrderEvents;
import com.fluxpay.payment.application.port.PaymentCommands;
import com.fluxpay.payment.application.port.Orders;
import com.fluxpay.payment.application.port.PaymentEvents;
import com.fluxpay.payment.application.port.PaymentProvider;
import com.fluxpay.payment.application.port.PaymentRequests;
import com.fluxpay.payment.application.port.StrayCharges;
import com.fluxpay.payment.application.port.Payments;
import com.fluxpay.platform.transactions.Transactions;
import com.fluxpay.platform.inbox.EventDispatcher;
import com.fluxpay.platform.outbox.Outbox;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

@Configuration
@EnableConfigurationProperties({PspProperties.class, ReconcilerProperties.class})
public class PaymentServiceConfiguration {

    @Bean
    Orders orders(OrderJpaRepository repository, ObjectMapper json, Clock clock) {
        return new JpaOrders(repository, json, clock);
    }

    @Bean
    Payments payments(PaymentJpaRepository repository) {
        return new JpaPayments(repository);
    }

    @Bean
    OrderEvents orderEvents(Outbox outbox) {
        return new OutboxOrderEvents(outbox);
    }

    @Bean
    OutboxPaymentEvents paymentEvents(Outbox outbox) {
        return new OutboxPaymentEvents(outbox);
    }

    @Bean
    OpeningOrder openingOrder(Orders orders, OrderEvents events, Clock clock) {
        return new OpeningOrder(orders, events, clock);
    }

    @Bean
    PaymentRequests paymentRequests(Outbox outbox) {
        return new OutboxPaymentRequests(outbox);
    }

    @Bean
    ChangingOrder changingOrder(Orders orders, Payments payments, PaymentRequests paymentRequests, OrderEvents events,
                                Clock clock) {
        return new ChangingOrder(orders, payments, paymentRequests, events, clock);
    }

    @Bean
    OrderCommandConsumer orderCommandConsumer(EventDispatcher dispatcher, OpeningOrder openingOrder,
                                              ChangingOrder changingOrder) {
        return new OrderCommandConsumer(dispatcher, openingOrder, changingOrder);
    }

    /** Each connector behind its own circuit breaker ({@code resilience4j.circuitbreaker.instances.<psp>}). */
    @Bean
    PaymentProviders paymentProviders(PspProperties properties, CircuitBreakerRegistry breakers, Clock clock) {
        var sandbox = properties.sandbox();
        List<PaymentProvider> connectors = new ArrayList<>();
        connectors.add(new SandboxClient(HttpClients.withTimeouts(sandbox.url(), sandbox.connectTimeout(),
                sandbox.readTimeout()).build()));
        var toss = properties.toss();
        if (toss.enabled()) {
            connectors.add(new TossPaymentsClient(HttpClients.withTimeouts(toss.baseUrl(), toss.connectTimeout(),
                    toss.readTimeout()), toss.secretKey()));
        }
        var stripe = properties.stripe();
        if (stripe.enabled()) {
            connectors.add(new StripeClient(HttpClients.withTimeouts(stripe.baseUrl(), stripe.connectTimeout(),
                    stripe.readTimeout()), stripe.secretKey(), clock));
        }
        var guarded = connectors.stream()
                .<PaymentProvider>map(psp -> new GuardedProvider(psp, breakers.circuitBreaker(psp.name()))).toList();
        return new PaymentProviders(guarded, properties.routing().defaultRoute(), properties.routing().tenants());
    }

    @Bean
    SettlingCharge settlingCharge(Payments payments, StrayCharges strays, Orders orders, PaymentEvents paymentEvents,
                                  OrderEvents orderEvents, Transactions transactions, Clock clock) {
        return new SettlingCharge(payments, strays, orders, paymentEvents, orderEvents, transactions, clock);
    }

    @Bean
    StrayCharges strayCharges(JdbcTemplate jdbc) {
        return new JdbcStrayCharges(jdbc);
    }

    @Bean
    ReturningStrayCharges returningStrayCharges(StrayCharges strays, Payments payments, PaymentProviders providers,
                                                PaymentEvents events, Transactions transactions, Clock clock,
                                                ReconcilerProperties properties) {
        return new ReturningStrayCharges(strays, payments, providers, events, transactions, clock,
                properties.batchSize());
    }

    @Bean
    ConfirmingPayment confirmingPayment(Orders orders, Payments payments, PaymentEvents events,
                                        PaymentProviders providers, SettlingCharge settling, Transactions transactions,
                                        Clock clock) {
        return new ConfirmingPayment(orders, payments, events, providers, settling, transactions, clock);
    }

    @Bean
    PaymentCommands paymentCommands(JdbcTemplate jdbc) {
        return new JdbcPaymentCommands(jdbc);
    }

    @Bean
    ChangingPayment changingPayment(Payments payments, PaymentCommands commands, PaymentEvents events, Orders orders,
                                    OrderEvents orderEvents, PaymentProviders providers, Clock clock) {
        return new ChangingPayment(payments, commands, events, orders, orderEvents, providers, clock);
    }

    @Bean
    PaymentCommandConsumer paymentCommandConsumer(EventDispatcher dispatcher, ConfirmingPayment confirming,
                                                  ChangingPayment changing) {
        return new PaymentCommandConsumer(dispatcher, confirming, changing);
    }

    @Bean
    ReconcilingUnknownPayments reconcilingUnknownPayments(Payments payments, PaymentProviders providers,
                                                          SettlingCharge settling, Clock clock,
                                                          ReconcilerProperties properties) {
        return new ReconcilingUnknownPayments(payments, providers, settling, clock, properties.settleAfter(),
                properties.batchSize());
    }

    @Bean
    ApplyingPspWebhook applyingPspWebhook(Payments payments, ReconcilingUnknownPayments reconciling,
                                          SettlingCharge settling) {
        return new ApplyingPspWebhook(payments, reconciling, settling);
    }

    @Bean
    PspWebhookConsumer pspWebhookConsumer(EventDispatcher dispatcher, ApplyingPspWebhook applying) {
        return new PspWebhookConsumer(dispatcher, applying);
    }

    @Bean
    PaymentStateMetrics paymentStateMetrics(JdbcTemplate jdbc, Clock clock, MeterRegistry meters) {
        return new PaymentStateMetrics(jdbc, clock, meters);
    }

    @Bean
    ReconcilerSchedule reconcilerSchedule(ReconcilingUnknownPayments reconciling, ReturningStrayCharges returning) {
        return new ReconcilerSchedule(reconciling, returning);
    }
}
