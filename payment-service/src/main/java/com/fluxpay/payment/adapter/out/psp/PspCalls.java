package com.fluxpay.payment.adapter.out.psp;

import com.fluxpay.payment.application.port.ChargeResult;
import com.fluxpay.payment.application.port.PspUnavailableException;
import java.net.ConnectException;
import java.net.http.HttpConnectTimeoutException;
import java.util.function.Function;
import java.util.function.Supplier;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClientResponseException;

/**
 * How every connector reads a failed HTTP call, in one place, because getting it wrong charges twice:
 * <ul>
 * <li>connection refused or connect timeout: the request never left, no money moved ({@code neverSent});</li>
 * <li>read timeout, 5xx, 408, 409 (same key in flight), 424 (Stripe: the request "couldn't be completed due to a
 * failure in a dependency external to Stripe"; that dependency may have acted), 429: the PSP may have acted:
 * UNKNOWN, ask later;</li>
 * <li>other 4xx: the PSP refused the request (declined, invalid).</li>
 * </ul>
 */
final class PspCalls {

    private PspCalls() {
    }

    static ChargeResult charge(Supplier<ChargeResult> call, Function<RestClientResponseException, ChargeResult> refused) {
        try {
            return call.get();
        } catch (RestClientResponseException e) {
            return isRefusal(e) ? refused.apply(e) : new ChargeResult.Unknown("HTTP " + e.getStatusCode().value());
        } catch (ResourceAccessException e) {
            return neverSent(e) ? new ChargeResult.NotCharged("not sent: " + e.getMostSpecificCause(), true)
                    : new ChargeResult.Unknown("no answer: " + e.getMostSpecificCause());
        }
    }

    /** A call that moves no money or is safe to repeat with its key: a failure throws, for a retry. */
    static <T> T operation(String what, Supplier<T> call, Function<RestClientResponseException, ? extends T> refused) {
        try {
            return call.get();
        } catch (RestClientResponseException e) {
            if (isRefusal(e)) {
                return refused.apply(e);
            }
            throw new PspUnavailableException(what + " answered HTTP " + e.getStatusCode().value(), e);
        } catch (ResourceAccessException e) {
            throw new PspUnavailableException(what + " did not answer", e);
        }
    }

    static boolean neverSent(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof ConnectException || t instanceof HttpConnectTimeoutException) {
                return true;
            }
        }
        return false;
    }

    static boolean isRefusal(RestClientResponseException e) {
        int status = e.getStatusCode().value();
        return status >= 400 && status < 500 && status != 408 && status != 409 && status != 424 && status != 429;
    }
}
