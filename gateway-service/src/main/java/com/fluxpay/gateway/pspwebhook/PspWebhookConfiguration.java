package com.fluxpay.gateway.pspwebhook;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fluxpay.gateway.pspwebhook.adapter.out.outbox.OutboxPspWebhooks;
import com.fluxpay.gateway.pspwebhook.application.port.PspWebhookVerifier;
import com.fluxpay.gateway.pspwebhook.adapter.out.verification.PspWebhookVerifiers;
import com.fluxpay.gateway.pspwebhook.application.PspWebhooks;
import com.fluxpay.platform.outbox.Outbox;
import com.fluxpay.platform.transactions.Transactions;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * PSP webhooks ({@code fluxpay.psp-webhooks.*}). A signed PSP whose secret is not configured gets no endpoint
 * (404): an HMAC under an empty key proves nothing. Secrets are lists, so both are accepted during a rotation.
 */
@Configuration
@EnableConfigurationProperties(PspWebhookConfiguration.PspWebhookProperties.class)
public class PspWebhookConfiguration {

    private static final Logger LOG = LoggerFactory.getLogger(PspWebhookConfiguration.class);

    @ConfigurationProperties("fluxpay.psp-webhooks")
    public record PspWebhookProperties(@DefaultValue("5m") Duration tolerance, @DefaultValue Signed sandbox,
                                       @DefaultValue Signed stripe, @DefaultValue Toss toss) {

        public record Signed(@DefaultValue List<String> secrets) {

            boolean configured() {
                return secrets.stream().anyMatch(secret -> secret != null && !secret.isBlank());
            }
        }

        public record Toss(@DefaultValue("true") boolean enabled) {
        }
    }

    @Bean
    PspWebhooks pspWebhooks(PspWebhookProperties properties, Transactions transactions, Outbox outbox,
                            Clock clock, ObjectMapper json) {
        List<PspWebhookVerifier> verifiers = new ArrayList<>();
        if (properties.sandbox().configured()) {
            verifiers.add(PspWebhookVerifiers.sandbox(properties.sandbox().secrets(), properties.tolerance(), clock,
                    json));
        }
        if (properties.stripe().configured()) {
            verifiers.add(PspWebhookVerifiers.stripe(properties.stripe().secrets(), properties.tolerance(), clock,
                    json));
        }
        if (properties.toss().enabled()) {
            verifiers.add(PspWebhookVerifiers.toss(json));
        }
        var webhooks = new PspWebhooks(verifiers, new OutboxPspWebhooks(transactions, outbox, clock));
        LOG.info("PSP webhooks accepted from {}", webhooks.psps());
        return webhooks;
    }
}
