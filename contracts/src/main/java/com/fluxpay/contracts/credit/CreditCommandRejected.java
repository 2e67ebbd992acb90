package com.fluxpay.contracts.credit;

import java.time.Instant;

/**
 * A command on fluxpay.credit.commands changed nothing; {@code code} is a stable error code (docs/errors.md).
 * {@code commandType} names the command ({@code credit.grant}), {@code subjectId} what it named (the grant id).
 */
public record CreditCommandRejected(String accountId, String tenantId, String customerId, String unit,
                                    String commandType, String subjectId, String code, String reason,
                                    Instant rejectedAt) {
}
