package com.fluxpay.notification.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import org.junit.jupiter.api.Test;

class EndpointUrlPolicyTest {

    private static List<InetAddress> ip(String literal) throws UnknownHostException {
        return List.of(InetAddress.getByName(literal));
    }

    @Test
    void only_http_and_https_urls_with_a_host_and_no_credentials_are_accepted() {
        assertThat(EndpointUrlPolicy.shapeProblem("https://example.com/hooks")).isEmpty();
        assertThat(EndpointUrlPolicy.shapeProblem("http://example.com:8080/hooks")).isEmpty();
        assertThat(EndpointUrlPolicy.shapeProblem("ftp://example.com/hooks")).isPresent();
        assertThat(EndpointUrlPolicy.shapeProblem("file:///etc/passwd")).isPresent();
        assertThat(EndpointUrlPolicy.shapeProblem("https://user:pw@example.com/")).isPresent();
        assertThat(EndpointUrlPolicy.shapeProblem("not a url")).isPresent();
        assertThat(EndpointUrlPolicy.shapeProblem(null)).isPresent();
    }

    @Test
    void a_live_endpoint_must_resolve_to_public_addresses_only() throws UnknownHostException {
        for (String internal : List.of("127.0.0.1", "10.0.0.1", "172.16.5.5", "192.168.1.1", "169.254.169.254",
                "224.0.0.1", "0.0.0.0", "100.64.0.1", "::1", "fe80::1", "fd00::1", "::ffff:127.0.0.1")) {
            assertThat(EndpointUrlPolicy.addressProblem(EndpointMode.LIVE, ip(internal))).as(internal).isPresent();
        }
        assertThat(EndpointUrlPolicy.addressProblem(EndpointMode.LIVE, ip("93.184.216.34"))).isEmpty();
        assertThat(EndpointUrlPolicy.addressProblem(EndpointMode.LIVE, ip("2606:2800:220:1::1"))).isEmpty();
    }

    @Test
    void one_private_address_among_public_ones_is_enough_to_refuse_a_live_endpoint() throws UnknownHostException {
        var mixed = List.of(InetAddress.getByName("93.184.216.34"), InetAddress.getByName("10.0.0.7"));

        assertThat(EndpointUrlPolicy.addressProblem(EndpointMode.LIVE, mixed)).isPresent();
    }

    @Test
    void a_test_endpoint_may_be_local_but_must_resolve() throws UnknownHostException {
        assertThat(EndpointUrlPolicy.addressProblem(EndpointMode.TEST, ip("127.0.0.1"))).isEmpty();
        assertThat(EndpointUrlPolicy.addressProblem(EndpointMode.TEST, List.of())).isPresent();
    }
}
