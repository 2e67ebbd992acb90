/**
 * The credit use cases (top-up, grant, reserve, consume, release, refund) and the ports they need, such as
 * CreditAccounts; they arrive with the credits issue.
 */
package com.fluxpay.credit.application;
