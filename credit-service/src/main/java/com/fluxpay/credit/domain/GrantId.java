package com.fluxpay.credit.domain;

/** One top-up or free grant, named by the caller so a retried grant is recognised. */
public record GrantId(String value) implements Comparable<GrantId> {

    public GrantId {
        CreditAccountId.requireText(value, "grant id");
    }

    @Override
    public int compareTo(GrantId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
