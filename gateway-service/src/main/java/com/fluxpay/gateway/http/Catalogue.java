package com.fluxpay.gateway.http;

import org.springframework.http.HttpStatus;

/** Stand-in until the contracts' error catalogue lands: status and title of a code. */
record Catalogue(HttpStatus status, String title) {

    static Catalogue of(String code) {
        return switch (code) {
            case "PAY_002" -> new Catalogue(HttpStatus.PAYMENT_REQUIRED, "Payment declined");
            case "PAY_003", "PAY_004", "ORD_004", "ORD_005" -> new Catalogue(HttpStatus.CONFLICT, "Conflict");
            case "RES_001" -> new Catalogue(HttpStatus.NOT_FOUND, "Not found");
            default -> new Catalogue(HttpStatus.UNPROCESSABLE_ENTITY, "Refused");
        };
    }
}
