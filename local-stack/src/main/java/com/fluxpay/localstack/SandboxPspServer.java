package com.fluxpay.localstack;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.common.Json;
import com.github.tomakehurst.wiremock.stubbing.StubMappingCollection;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * WireMock standalone playing the sandbox PSP. Its stubs are {@code sandbox-psp/mappings.json} on the
 * classpath (or WireMock's {@code mappings/} folder under {@code --psp-files}), so the demo and the tests
 * see the same PSP behaviour.
 */
final class SandboxPspServer implements Server {

    private final int port;
    private final Optional<Path> files;
    private final int journalEntries;
    private WireMockServer wireMock;

    /** The default: what the system tests count their PSP calls in. */
    static final int JOURNAL_ENTRIES = 1_000;

    SandboxPspServer(int port, Optional<Path> files, int journalEntries) {
        this.port = port;
        this.files = files;
        this.journalEntries = journalEntries;
    }

    @Override
    public String name() {
        return "sandbox-psp";
    }

    @Override
    public void start() throws IOException {
        // the journal is kept so tests can count what reached the PSP ("charged exactly once"), but small:
        // WireMock trims it on every request by walking it, which at 20,000 entries cost the benchmark 3-12 ms
        // of CPU per checkout and grew as the journal filled (docs/performance.md). Tests count their own
        // recent requests, well inside the last thousand.
        // Even at 1,000 entries the trim still counts the journal on every request (a stream over its
        // deque): 15 % of the local stack's CPU in a benchmark, ~0.9 ms per checkout. ./fluxpay up keeps 100
        // (--psp-journal), enough to look at what the PSP was asked lately.
        var config = options().bindAddress("127.0.0.1").port(port).containerThreads(32);
        if (journalEntries > 0) {
            config.maxRequestJournalEntries(journalEntries);
        } else {
            config.disableRequestJournal();
        }
        files.ifPresent(dir -> config.usingFilesUnderDirectory(dir.toString()));
        wireMock = new WireMockServer(config);
        wireMock.start();
        if (files.isEmpty()) {
            loadBuiltInStubs();
        }
    }

    // WireMock cannot list a folder inside a nested jar, so the built-in stubs travel as one document
    private void loadBuiltInStubs() throws IOException {
        try (InputStream in = SandboxPspServer.class.getResourceAsStream("/sandbox-psp/mappings.json")) {
            if (in == null) {
                throw new IllegalStateException("sandbox-psp/mappings.json is missing from the classpath");
            }
            var collection = Json.read(new String(in.readAllBytes(), StandardCharsets.UTF_8), StubMappingCollection.class);
            collection.getMappingOrMappings().forEach(wireMock::addStubMapping);
        }
    }

    @Override
    public void stop() {
        if (wireMock != null) {
            wireMock.stop();
        }
    }

    @Override
    public Map<String, String> endpoints() {
        return Map.of("psp.url", "http://127.0.0.1:" + port);
    }
}
