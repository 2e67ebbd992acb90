package com.fluxpay.gateway.webhookendpoint.domain;

import com.fluxpay.gateway.command.Violation;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What a tenant asks of a webhook endpoint. The gateway checks the shape (an http(s) URL, known event
 * types); notification-service decides reachability (no private addresses in live mode) before it sends.
 */
public record EndpointRequest(String url, List<String> eventTypes, String description, Boolean enabled) {

    public List<Violation> violations(Set<String> publicEventTypes, boolean urlRequired) {
        var violations = new ArrayList<Violation>();
        if (url == null ? urlRequired : !isHttpUrl(url)) {
            violations.add(new Violation("url", "must be an absolute http or https URL with a host"));
        }
        if (eventTypes != null && !publicEventTypes.containsAll(eventTypes)) {
            violations.add(new Violation("eventTypes", "must be public event types: " + publicEventTypes
                    + " (empty or absent: all)"));
        }
        if (description != null && description.length() > 500) {
            violations.add(new Violation("description", "must be at most 500 characters"));
        }
        return violations;
    }

    private static boolean isHttpUrl(String text) {
        try {
            URI uri = new URI(text);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null
                    && uri.getUserInfo() == null && text.length() <= 2000;
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
