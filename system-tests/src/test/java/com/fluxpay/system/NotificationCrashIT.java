package com.fluxpay.system;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fluxpay.client.Order;
import com.fluxpay.client.Requests.NewOrder;
import com.fluxpay.client.Requests.NewWebhookEndpoint;
import com.fluxpay.client.WebhookEndpoint;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * notification-service killed with SIGKILL while a webhook is on the wire, and while another event
 * waits: after a restart both arrive, each under one webhook-id (at-least-once, never a new id).
 */
class NotificationCrashIT {

    private static WireMockServer receiver;

    @BeforeAll
    static void merchantsReceiver() {
        receiver = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());
        receiver.start();
        // slow enough that the sender is killed while it waits for the answer
        receiver.stubFor(post(urlEqualTo("/hooks")).willReturn(aResponse().withStatus(200).withFixedDelay(2_000)));
    }

    @AfterAll
    static void stopReceiver() {
        receiver.stop();
    }

    private static List<LoggedRequest> webhooksAbout(String orderId) {
        return receiver.findAll(com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor(urlEqualTo("/hooks")))
                .stream().filter(request -> request.getBodyAsString().contains(orderId)).toList();
    }

    @Test
    void a_kill_during_delivery_loses_no_webhook_and_keeps_each_webhook_id() throws Exception {
        var fleet = Fleet.shared();
        var merchant = Merchant.open(fleet, "crash");
        var registered = merchant.api.registerEndpoint(NewWebhookEndpoint.at("http://127.0.0.1:" + receiver.port()
                + "/hooks", "order.created"));
        String endpointId = registered.value().id();
        merchant.await(() -> merchant.api.endpoint(endpointId),
                endpoint -> endpoint.status() == WebhookEndpoint.Status.ACTIVE, Duration.ofSeconds(30));

        String inFlight = merchant.api.createOrder(NewOrder.of(100, "USD")).value().id();
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(50))
                .until(() -> !webhooksAbout(inFlight).isEmpty());
        fleet.kill("notification-service");
        String whileDown = merchant.api.createOrder(NewOrder.of(200, "USD")).value().id();
        merchant.awaitOrder(whileDown, Order.Status.PENDING);
        fleet.restart("notification-service");

        // the killed attempt is re-sent once its lease (8 s here) runs out; the waiting one goes out too
        await().atMost(Duration.ofSeconds(60)).until(() -> webhooksAbout(inFlight).size() >= 2
                && !webhooksAbout(whileDown).isEmpty());
        for (String orderId : List.of(inFlight, whileDown)) {
            var deliveries = webhooksAbout(orderId);
            assertThat(deliveries.stream().map(request -> request.getHeader("webhook-id")).distinct())
                    .as("one webhook-id for every attempt about " + orderId).hasSize(1);
            assertThat(deliveries).hasSizeLessThanOrEqualTo(3);
        }
    }
}
