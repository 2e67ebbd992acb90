package com.fluxpay.contracts.credit;

import java.time.Instant;

/**
 * A client service is about to do work for a customer and asks credit-service to hold {@code quantity} credits of
 * {@code unit} for it. Published by the client service on fluxpay.service.usage, key = {@code usageId} (unique per
 * tenant), tenant in the {@code ce_tenantid} header. {@code timeoutSeconds}: how long the hold lasts at most
 * (absent: the service's default); {@code clientService} and {@code feature} say what the usage is.
 */
public record ServiceUsageRequested(String usageId, String customerId, String unit, String clientService,
                                    String feature, long quantity, Long timeoutSeconds, Instant requestedAt) {
}
