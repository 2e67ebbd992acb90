package com.fluxpay.ledger.application;

/** An order was announced; the ledger keeps track of it. Money as on the wire: minor units and an ISO code. */
public record TrackOrderCommand(String orderId, String tenantId, long amount, String currency, String status) {
}
