/**
 * Plans, subscriptions and their state machine (trial, active, past due, paused, canceled, expired),
 * proration and dunning policies, invoices: plain Java, arriving with the subscriptions issue.
 */
package com.fluxpay.subscription.domain;
