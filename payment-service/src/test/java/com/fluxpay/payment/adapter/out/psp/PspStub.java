package com.fluxpay.payment.adapter.out.psp;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.fluxpay.payment.application.port.PaymentProvider;
import com.fluxpay.payment.domain.CaptureMode;
import com.fluxpay.payment.domain.Money;
import com.github.tomakehurst.wiremock.WireMockServer;
import java.time.Duration;
import java.util.Map;
import org.springframework.web.client.RestClient;

/** A WireMock server per test class, standing in for a real PSP's API as its documentation describes it. */
final class PspStub {

    static final Duration READ_TIMEOUT = Duration.ofMillis(500);

    private PspStub() {
    }

    static WireMockServer start() {
        var server = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort().containerThreads(8));
        server.start();
        return server;
    }

    static RestClient.Builder client(WireMockServer server) {
        return HttpClients.withTimeouts(server.baseUrl(), Duration.ofMillis(500), READ_TIMEOUT);
    }

    static PaymentProvider.Charge charge(String paymentMethod, CaptureMode mode, Money amount) {
        return new PaymentProvider.Charge("pay_1", "ord_1", "fluxpay-pay_1", amount, paymentMethod, mode, Map.of());
    }
}
