package com.fluxpay.payment;

import static org.assertj.core.api.Assertions.assertThat;

import com.fluxpay.payment.adapter.out.metrics.PaymentStateMetrics;
import com.fluxpay.payment.application.ReconcilingUnknownPayments;
import com.fluxpay.payment.application.port.Payments;
import com.fluxpay.payment.domain.CaptureMode;
import com.fluxpay.payment.domain.Money;
import com.fluxpay.payment.domain.OrderId;
import com.fluxpay.payment.domain.Payment;
import com.fluxpay.payment.domain.PaymentId;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The service died after committing the attempt and before (or while) calling the PSP: the payment is left
 * PROCESSING and the command will not be applied again. The reconciler must ask, and never charge.
 */
class CrashRecoveryIT extends PaymentServiceScenario {

    @Autowired
    Payments payments;
    @Autowired
    PlatformTransactionManager transactionManager;
    @Autowired
    ReconcilingUnknownPayments reconciler;
    @Autowired
    PaymentStateMetrics metrics;
    @Autowired
    MeterRegistry meters;

    private Checkout processingLeftByACrash(long amount) {
        var checkout = new Checkout(probe, amount).opened();
        new TransactionTemplate(transactionManager).executeWithoutResult(status -> payments.add(Payment.start(
                new PaymentId(checkout.paymentId), new OrderId(checkout.orderId), Checkout.TENANT,
                Money.of(amount, "KRW"), CaptureMode.AUTOMATIC, "sandbox", "tok_approve", Instant.now())));
        return checkout;
    }

    @Test
    void a_payment_the_psp_never_heard_of_is_failed_as_not_charged_and_never_sent() {
        var checkout = processingLeftByACrash(11_000);
        metrics.refresh();
        assertThat(meters.get("fluxpay.payments").tag("state", "PROCESSING").gauge().value()).isPositive();

        reconciler.run();

        assertThat(checkout.awaitPaymentEvent("payment.failed").value()).contains("\"code\":\"PAY_005\"");
        assertThat(rows.orderStatus(checkout)).isEqualTo("CANCELLED");
        assertThat(checkout.chargesAtPsp()).isZero();
    }

    @Test
    void a_payment_the_psp_did_charge_before_the_crash_is_reconciled_to_approved_without_charging_again() {
        var checkout = processingLeftByACrash(12_000);
        SandboxPsp.server().setScenarioState("sandbox-lost-answer", "charged");

        reconciler.run();

        assertThat(checkout.awaitPaymentEvent("payment.approved").value()).contains("\"capturedAmount\":12000");
        assertThat(rows.state(checkout)).isEqualTo("CAPTURED");
        assertThat(rows.orderStatus(checkout)).isEqualTo("PAID");
        assertThat(checkout.chargesAtPsp()).isZero();
    }
}
