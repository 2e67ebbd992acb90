package com.fluxpay.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.fluxpay.client.Admin.NewTenant;
import com.fluxpay.client.Answer;
import com.fluxpay.client.GatewayClient;
import com.fluxpay.client.Order;
import com.fluxpay.client.Payment;
import com.fluxpay.client.Requests.NewOrder;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;
import java.util.function.Supplier;

/** A tenant of the fleet, made through the admin API, talking to the gateway with its API key. */
final class Merchant {

    final String tenantId;
    /** The gateway's API as this tenant. */
    final GatewayClient api;

    private Merchant(String tenantId, GatewayClient api) {
        this.tenantId = tenantId;
        this.api = api;
    }

    static Merchant open(Fleet fleet, String name) {
        return open(fleet, name, 1000, 1000);
    }

    static Merchant open(Fleet fleet, String name, int ratePerSecond, int burst) {
        var operator = GatewayClient.at(fleet.gatewayUrl()).authorizedBy(Fleet.ADMIN_TOKEN);
        var created = operator.createTenant(new NewTenant(name, null, ratePerSecond, burst));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        var made = created.value();
        return new Merchant(made.tenant().id(), operator.authorizedBy(made.apiKey().secret()));
    }

    /** The same tenant and key, talking to another gateway instance. */
    Merchant at(String otherGateway) {
        return new Merchant(tenantId, api.onInstance(otherGateway));
    }

    /** Reads until the answer's value satisfies {@code done}; returns that value. */
    <T> T await(Supplier<Answer<T>> read, Predicate<? super T> done, Duration within) {
        var last = new AtomicReference<T>();
        org.awaitility.Awaitility.await().atMost(within).pollInterval(Duration.ofMillis(200)).until(() -> {
            last.set(read.get().value());
            return done.test(last.get());
        });
        return last.get();
    }

    Order awaitOrder(String orderId, Order.Status status) {
        return await(() -> api.order(orderId), order -> order.status() == status, Duration.ofSeconds(30));
    }

    Payment awaitPayment(String paymentId, Predicate<Payment> done) {
        return await(() -> api.payment(paymentId), done, Duration.ofSeconds(30));
    }

    Payment awaitPayment(String paymentId, Payment.Status status) {
        return awaitPayment(paymentId, payment -> payment.status() == status);
    }

    /** A new order, once payment-service opened it. */
    String pendingOrder(long amount, String currency) {
        String orderId = api.createOrder(NewOrder.of(amount, currency)).value().id();
        awaitOrder(orderId, Order.Status.PENDING);
        return orderId;
    }
}
