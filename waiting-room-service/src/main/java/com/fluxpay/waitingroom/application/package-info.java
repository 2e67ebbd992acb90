/**
 * The waiting-room use cases (join the queue, ask for a position, admit at the current rate) and the ports
 * they need, the Redis-backed queue among them; they arrive with the waiting-room issue.
 */
package com.fluxpay.waitingroom.application;
