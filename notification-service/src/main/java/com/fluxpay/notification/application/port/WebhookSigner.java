package com.fluxpay.notification.application.port;

import java.util.List;

/** Standard Webhooks signatures from sealed {@code whsec_} secrets; the only place a secret is opened. */
public interface WebhookSigner {

    /** The {@code webhook-signature} value: {@code v1,<base64>} per secret, space-separated. */
    String signatures(List<String> sealedSecrets, String messageId, long timestampSeconds, String body);

    /** True if the sealed secret opens with a configured key and is a {@code whsec_} secret. */
    boolean usable(String sealedSecret);

    String keyIdOf(String sealedSecret);
}
