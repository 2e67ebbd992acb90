package com.fluxpay.gateway.command;

/** One broken rule of a request: the field (as the client spelled it) and what is wrong with it. */
public record Violation(String field, String message) {
}
