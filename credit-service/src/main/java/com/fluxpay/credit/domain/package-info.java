/**
 * Credit accounts (per tenant, customer and credit unit), their grants (paid top-ups and free grants, with
 * priority and expiry), reservations that resolve exactly once, and the movements between them, each naming
 * the grants it touched and the balance before and after. Draw-down order is data ({@link
 * com.fluxpay.credit.domain.DrawDownOrder}); pricing of usage lives in {@code pricing}. Plain Java.
 */
package com.fluxpay.credit.domain;
