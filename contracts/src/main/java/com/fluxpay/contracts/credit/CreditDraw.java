package com.fluxpay.contracts.credit;

/**
 * What one movement took out of one grant: {@code quantity} credits worth {@code amount} minor units of
 * {@code currency}. A PAID grant's draws are valued so that all of them add up to exactly its price once it is used
 * up; a FREE grant's draws have {@code amount} 0 and no currency (they cost nothing, their count still matters).
 */
public record CreditDraw(String grantId, String category, long quantity, long amount, String currency) {
}
