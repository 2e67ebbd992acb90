package com.fluxpay.credit.domain;

/** One hold, named by the caller (the usage it is for): consume and release address it by this id. */
public record ReservationId(String value) {

    public ReservationId {
        CreditAccountId.requireText(value, "reservation id");
    }

    @Override
    public String toString() {
        return value;
    }
}
