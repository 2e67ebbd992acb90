package com.fluxpay.payment.adapter.out.psp;

import java.net.http.HttpClient;
import java.time.Duration;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.RestClient;

/** A RestClient with the two timeouts every PSP call needs; the read timeout is what turns into UNKNOWN. */
public final class HttpClients {

    private HttpClients() {
    }

    public static RestClient.Builder withTimeouts(String baseUrl, Duration connectTimeout, Duration readTimeout) {
        // HTTP/1.1: the JDK client otherwise tries an h2c upgrade on plain http, which Jetty-based servers
        // (WireMock, some PSP sandboxes) answer with RST_STREAM; the request then looks like a lost answer
        var http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(connectTimeout).build();
        var factory = new JdkClientHttpRequestFactory(http);
        factory.setReadTimeout(readTimeout);
        return RestClient.builder().baseUrl(baseUrl).requestFactory(factory);
    }
}
