package com.fluxpay.payment;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.common.Json;
import com.github.tomakehurst.wiremock.stubbing.StubMappingCollection;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The sandbox PSP for this module's tests: WireMock with the same stubs the local stack and docker-compose
 * load, but with its request journal on, so a test can count the charges that reached the PSP.
 */
public final class SandboxPsp {

    static final Path MAPPINGS = Path.of("../local-stack/src/main/resources/sandbox-psp/mappings.json");

    private static WireMockServer server;

    private SandboxPsp() {
    }

    public static synchronized WireMockServer server() {
        if (server == null) {
            server = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort().containerThreads(16));
            server.start();
            load(server);
            Runtime.getRuntime().addShutdownHook(new Thread(server::stop));
        }
        return server;
    }

    public static String url() {
        return "http://127.0.0.1:" + server().port();
    }

    /** How many charge requests with this reference (our payment id) reached the sandbox. */
    public static int chargesFor(String reference) {
        return server().findAll(postRequestedFor(urlPathEqualTo("/v1/charges"))
                .withRequestBody(matchingJsonPath("$.reference", equalTo(reference)))).size();
    }

    private static void load(WireMockServer target) {
        try {
            var collection = Json.read(Files.readString(MAPPINGS), StubMappingCollection.class);
            collection.getMappingOrMappings().forEach(target::addStubMapping);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + MAPPINGS.toAbsolutePath(), e);
        }
    }
}
