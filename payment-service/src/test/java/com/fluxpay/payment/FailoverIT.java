package com.fluxpay.payment;

import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.fluxpay.contracts.payment.CaptureMode;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The failover rule, both ways. tenant-failover routes stripe (connection refused) then sandbox;
 * tenant-no-failover routes sandbox then toss (both on the stub server, so its journal sees every request).
 */
class FailoverIT extends PaymentServiceScenario {

    @Autowired
    MeterRegistry meters;

    @Test
    void a_refused_connection_fails_over_to_the_next_psp_which_charges_once() {
        var checkout = new Checkout(probe, 9_000, "tenant-failover").opened();

        checkout.confirm("tok_approve", CaptureMode.AUTOMATIC);

        assertThat(checkout.awaitPaymentEvent("payment.approved").value()).contains("\"psp\":\"sandbox\"");
        assertThat(rows.psp(checkout)).isEqualTo("sandbox");
        assertThat(checkout.chargesAtPsp()).isOne();
        // the refused connection counted against stripe's circuit, which operators see as a metric
        assertThat(meters.get("resilience4j.circuitbreaker.calls").tag("name", "stripe").tag("kind", "failed")
                .meters()).isNotEmpty();
    }

    @Test
    void a_timeout_never_fails_over_because_the_first_psp_may_have_charged() {
        var checkout = new Checkout(probe, 9_500, "tenant-no-failover").opened();

        checkout.confirm("tok_timeout", CaptureMode.AUTOMATIC);

        rows.awaitState(checkout, "UNKNOWN");
        assertThat(rows.psp(checkout)).isEqualTo("sandbox");
        assertThat(SandboxPsp.server().findAll(postRequestedFor(urlPathEqualTo("/v1/payments/confirm")))).isEmpty();
        assertThat(checkout.chargesAtPsp()).isOne();
    }
}
