package com.fluxpay.client;

import java.util.List;

/**
 * An error as the API reports it (RFC 9457 problem+json) with its stable {@code code} (docs/errors.md). A refusal
 * may show what it was about: the {@code order}, the {@code payment} or the payment {@code command}.
 */
public record Problem(String type, String title, int status, String detail, String instance, String code,
                      List<FieldError> errors, Order order, Payment payment, PaymentCommand command) {

    /** One broken rule of a request: the field as the client spelled it. */
    public record FieldError(String field, String message) {
    }

    /** The fields named by {@code errors}, in order. */
    public List<String> fields() {
        return errors == null ? List.of() : errors.stream().map(FieldError::field).toList();
    }
}
