package com.fluxpay.notification.support;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.util.Comparator;
import java.util.List;

/**
 * The merchant's webhook receiver: WireMock in the test JVM on a free port, one path per endpoint, so tests
 * sharing it never see each other's webhooks.
 */
public final class Merchant {

    private static WireMockServer server;

    private final String path;

    private Merchant(String path) {
        this.path = path;
    }

    public static synchronized Merchant endpoint(String endpointId) {
        if (server == null) {
            server = new WireMockServer(options().dynamicPort().containerThreads(40));
            server.start();
            Runtime.getRuntime().addShutdownHook(new Thread(server::stop));
        }
        var merchant = new Merchant("/hooks/" + endpointId);
        merchant.answers(204);
        return merchant;
    }

    public String url() {
        return "http://localhost:" + server.port() + path;
    }

    public Merchant answers(int status) {
        server.stubFor(post(urlEqualTo(path)).atPriority(5).willReturn(aResponse().withStatus(status).withBody("ok")));
        return this;
    }

    /** Webhooks whose body contains {@code text} get {@code status} (takes precedence over {@link #answers}). */
    public Merchant answersTo(String text, int status) {
        server.stubFor(post(urlEqualTo(path)).withRequestBody(containing(text)).atPriority(1)
                .willReturn(aResponse().withStatus(status).withBody("status " + status)));
        return this;
    }

    public Merchant answersSlowly(int delayMillis) {
        server.stubFor(post(urlEqualTo(path)).atPriority(1)
                .willReturn(aResponse().withStatus(200).withFixedDelay(delayMillis)));
        return this;
    }

    /** Every webhook received, oldest first. */
    public List<LoggedRequest> received() {
        return server.findAll(postRequestedFor(urlEqualTo(path))).stream()
                .sorted(Comparator.comparing(LoggedRequest::getLoggedDate)).toList();
    }

    public List<LoggedRequest> receivedWithId(String webhookId) {
        return received().stream().filter(request -> webhookId.equals(request.getHeader("webhook-id"))).toList();
    }
}
