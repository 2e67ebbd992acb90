/**
 * Credit accounts, grants (free, expiring) and top-ups (paid), reservations that are consumed or
 * released, and the rule that no balance ever goes below zero: plain Java, arriving with the credits issue.
 */
package com.fluxpay.credit.domain;
