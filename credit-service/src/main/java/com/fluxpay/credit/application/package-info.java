/**
 * The credit use cases (grant, reserve, consume, release, spend, refund a top-up, settle what fell due) and the
 * ports they need. Each goes through {@link com.fluxpay.credit.application.ChangingCreditAccount}: one locked
 * account, one transaction, what the domain booked stored and published together.
 */
package com.fluxpay.credit.application;
