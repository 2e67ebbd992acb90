/**
 * Rooms, a visitor's place in the FIFO queue with position and ETA, the admission rate that adapts to
 * downstream health, admission tokens: plain Java, arriving with the waiting-room issue.
 */
package com.fluxpay.waitingroom.domain;
