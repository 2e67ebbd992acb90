package com.fluxpay.notification.domain;

/**
 * What one POST to an endpoint gave: an HTTP status (null when there was no answer: timeout, refused
 * connection, address refused), the time it took, the start of the response body and an error text.
 */
public record AttemptResult(Integer statusCode, long latencyMillis, String responseExcerpt, String error) {

    public static AttemptResult answered(int statusCode, long latencyMillis, String responseExcerpt) {
        return new AttemptResult(statusCode, latencyMillis, responseExcerpt, null);
    }

    public static AttemptResult noAnswer(String error, long latencyMillis) {
        return new AttemptResult(null, latencyMillis, null, error);
    }

    /** Standard Webhooks: any 2xx is success; a redirect is not followed and counts as a failure. */
    public boolean succeeded() {
        return statusCode != null && statusCode >= 200 && statusCode < 300;
    }

    public String summary() {
        return statusCode != null ? "HTTP " + statusCode : error;
    }
}
