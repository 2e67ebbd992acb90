package com.fluxpay.notification.application;

import com.fluxpay.notification.domain.RetrySchedule;
import java.time.Duration;

/**
 * @param lease         how long a claimed delivery is ours; longer than any attempt can take, so only an
 *                      instance that died (or stalled) loses it, and then another sends again
 * @param perEndpoint   attempts in flight to one endpoint at most: a slow receiver holds only these
 * @param disableAfter  an endpoint failing every attempt for this long is disabled
 */
public record DispatchSettings(RetrySchedule schedule, Duration lease, int perEndpoint, Duration disableAfter) {
}
