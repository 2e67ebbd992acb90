package com.fluxpay.client;

import java.time.Instant;

/** A capture, cancel or refund as the API shows it: what a 202 to one answers, and a refusal's subject. */
public record PaymentCommand(String id, String paymentId, Kind kind, Long amount, Status status,
                             Order.Failure failure, Instant createdAt) {

    public enum Kind { CAPTURE, CANCEL, REFUND }

    public enum Status { REQUESTED, DONE, REJECTED }
}
