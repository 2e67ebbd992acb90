package com.fluxpay.contracts.error;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Every stable error code FluxPay gives a client, with the HTTP status the API answers it with and its
 * problem+json {@code title}. The constant's name is the code on the wire (in events' {@code code} and in
 * the API's problem {@code code}); events keep carrying it as a String, so a reader that does not know a
 * newer code still reads the event. docs/errors.md lists the same table; {@code ErrorCatalogueTest} keeps
 * the two equal.
 *
 * <p>Codes are never renumbered or reused: a new error takes the next number of its family, a new family
 * (credits {@code CRD_}, subscriptions {@code SUB_}, waiting room {@code WRM_}) takes its own prefix.
 * Framework errors (405, 415, ...) have no member: they are {@link #ofFrameworkStatus(int) HTTP_<status>}.
 */
public enum ErrorCode {

    REQ_001(400, "Invalid request"),
    REQ_002(400, "Unreadable body"),
    REQ_003(413, "Body too large"),

    AUTH_001(401, "Unauthenticated"),
    AUTH_002(401, "Unauthenticated"),
    AUTH_003(503, "Admin API disabled"),

    RATE_001(429, "Too many requests"),

    IDEM_001(409, "Request in progress"),
    IDEM_002(422, "Idempotency-Key reused"),
    IDEM_003(400, "Invalid Idempotency-Key"),

    RES_001(404, "Not found"),

    ORD_001(422, "Amount not positive"),
    ORD_002(422, "Unknown currency"),
    ORD_003(422, "Order too large"),
    ORD_004(409, "Not allowed in the order's state"),
    ORD_005(409, "Order's payment in progress"),

    PAY_001(402, "Insufficient balance"),
    PAY_002(402, "Payment declined"),
    PAY_003(409, "Already processed"),
    PAY_004(409, "Not allowed in this state"),
    PAY_005(402, "Payment not charged"),
    PAY_006(422, "Refund too large"),
    PAY_007(422, "No PSP for this payment"),
    PAY_008(422, "Refused by the PSP"),
    PAY_009(422, "Invalid amount"),

    NTF_001(422, "Webhook URL refused"),
    NTF_002(422, "Unknown webhook endpoint"),
    NTF_003(422, "Webhook endpoint id taken"),
    NTF_004(422, "Unusable webhook secret"),
    NTF_005(422, "Invalid webhook endpoint settings"),
    NTF_006(422, "Unknown webhook message"),

    CRD_001(422, "Invalid credit request"),
    CRD_002(422, "Credit grant already expired"),

    PSP_001(400, "Webhook refused"),
    PSP_002(404, "No webhooks from this PSP"),

    SYS_001(500, "Internal error");

    /** The prefix of the codes given to errors the web framework detects: {@code HTTP_405}, {@code HTTP_415}. */
    public static final String FRAMEWORK_PREFIX = "HTTP_";

    private static final String TYPE_BASE = "https://fluxpay.dev/errors/";
    private static final Map<String, ErrorCode> BY_CODE = Arrays.stream(values())
            .collect(Collectors.toUnmodifiableMap(ErrorCode::code, Function.identity()));

    private final int status;
    private final String title;

    ErrorCode(int status, String title) {
        this.status = status;
        this.title = title;
    }

    /** The code as clients and events spell it, e.g. {@code "PAY_004"}. */
    public String code() {
        return name();
    }

    /** The HTTP status the API answers this error with. */
    public int status() {
        return status;
    }

    /** The problem's {@code title}: the same for every occurrence of this code (RFC 9457). */
    public String title() {
        return title;
    }

    /** The problem's {@code type}, e.g. {@code https://fluxpay.dev/errors/PAY_004}. */
    public String type() {
        return TYPE_BASE + code();
    }

    /** The member a code read off the wire names; empty for a framework code, an unknown or a newer one. */
    public static Optional<ErrorCode> find(String code) {
        return Optional.ofNullable(code == null ? null : BY_CODE.get(code));
    }

    /** The code of an error the web framework detected, e.g. {@code HTTP_405}. */
    public static String ofFrameworkStatus(int status) {
        if (status < 400 || status > 599) {
            throw new IllegalArgumentException("not an error status: " + status);
        }
        return FRAMEWORK_PREFIX + status;
    }
}
