/**
 * The subscription use cases (subscribe, renew, change plan, pause, cancel, dunning) and the ports they need;
 * they arrive with the subscriptions issue.
 */
package com.fluxpay.subscription.application;
