package com.fluxpay.notification.application.port;

import com.fluxpay.notification.domain.AttemptResult;
import java.util.Map;

/** POSTs one webhook, with a timeout and a cap on the response it reads; never throws for the receiver's faults. */
public interface WebhookTransport {

    AttemptResult post(String url, Map<String, String> headers, String body);
}
