package com.fluxpay.gateway.webhookendpoint.adapter.out.crypto;

import com.fluxpay.gateway.webhookendpoint.application.port.SecretSealer;
import com.fluxpay.platform.crypto.SecretBox;

/** Seals with the platform's SecretBox, whose keys notification-service holds too. */
public class SecretBoxSealer implements SecretSealer {

    private final SecretBox box;

    public SecretBoxSealer(SecretBox box) {
        this.box = box;
    }

    @Override
    public String seal(String secret) {
        return box.seal(secret);
    }
}
