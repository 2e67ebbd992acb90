package com.fluxpay.payment;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import org.springframework.jdbc.core.JdbcTemplate;

/** What payment-service stored about a checkout, read straight from its tables. */
final class PaymentRows {

    private final JdbcTemplate jdbc;

    PaymentRows(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    String state(Checkout checkout) {
        return column("state", checkout);
    }

    String psp(Checkout checkout) {
        return column("psp", checkout);
    }

    String attemptKey(Checkout checkout) {
        return column("attempt_key", checkout);
    }

    /** As stored: a canceled order is still CANCELLED in the table (see JpaOrders). */
    String orderStatus(Checkout checkout) {
        return jdbc.queryForObject("SELECT status FROM orders WHERE id = ?", String.class, checkout.orderId);
    }

    void awaitState(Checkout checkout, String state) {
        await().atMost(Checkout.WAIT).pollInterval(Duration.ofMillis(200)).until(() ->
                jdbc.queryForList("SELECT state FROM payments WHERE id = ?", String.class, checkout.paymentId)
                        .contains(state));
    }

    private String column(String column, Checkout checkout) {
        return jdbc.queryForObject("SELECT " + column + " FROM payments WHERE id = ?", String.class, checkout.paymentId);
    }
}
