package com.fluxpay.notification.domain;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Which URLs FluxPay will POST to. Only http(s). A live endpoint must not reach into the network FluxPay
 * runs in (server-side request forgery): every address its host resolves to must be public. A test endpoint
 * may be local, so a merchant (and the demo) can receive webhooks on their own machine.
 */
public final class EndpointUrlPolicy {

    private EndpointUrlPolicy() {
    }

    /** The URL's shape alone: scheme, host, no credentials. Empty if acceptable, else the reason. */
    public static Optional<String> shapeProblem(String url) {
        if (url == null || url.isBlank()) {
            return Optional.of("no URL");
        }
        URI uri;
        try {
            uri = new URI(url.trim());
        } catch (URISyntaxException e) {
            return Optional.of("not a URL: " + e.getReason());
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            return Optional.of("only http and https URLs are allowed");
        }
        if (uri.getHost() == null || uri.getHost().isBlank()) {
            return Optional.of("the URL names no host");
        }
        if (uri.getUserInfo() != null) {
            return Optional.of("credentials in the URL are not allowed");
        }
        return Optional.empty();
    }

    public static String hostOf(String url) {
        return URI.create(url.trim()).getHost();
    }

    /** Empty if the resolved addresses are acceptable for the mode, else the reason. */
    public static Optional<String> addressProblem(EndpointMode mode, List<InetAddress> addresses) {
        if (addresses.isEmpty()) {
            return Optional.of("the host does not resolve");
        }
        if (mode == EndpointMode.TEST) {
            return Optional.empty();
        }
        return addresses.stream().filter(address -> !isPublic(address)).findFirst()
                .map(address -> "live endpoints must be public; the host resolves to " + address.getHostAddress());
    }

    static boolean isPublic(InetAddress address) {
        if (address.isAnyLocalAddress() || address.isLoopbackAddress() || address.isLinkLocalAddress()
                || address.isSiteLocalAddress() || address.isMulticastAddress()) {
            return false;
        }
        byte[] b = address.getAddress();
        if (address instanceof Inet4Address) {
            int first = b[0] & 0xff;
            int second = b[1] & 0xff;
            // 0/8 "this network", 100.64/10 carrier-grade NAT, 198.18/15 benchmarking, 240/4 reserved
            return first != 0 && !(first == 100 && second >= 64 && second < 128)
                    && !(first == 198 && (second == 18 || second == 19)) && first < 240;
        }
        if (address instanceof Inet6Address) {
            // fc00::/7 unique local addresses are IPv6's private ranges
            return (b[0] & 0xfe) != 0xfc;
        }
        return false;
    }
}
