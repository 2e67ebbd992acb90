package com.fluxpay.notification.config;

import com.fluxpay.notification.adapter.in.kafka.PublicEventConsumer;
import com.fluxpay.notification.adapter.out.persistence.JpaOutgoingMessages;
import com.fluxpay.notification.adapter.out.persistence.OutgoingMessageJpaRepository;
import com.fluxpay.notification.application.RecordingPublicEvent;
import com.fluxpay.notification.application.port.OutgoingMessages;
import com.fluxpay.platform.inbox.Inbox;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
public class NotificationServiceConfiguration {

    @Bean
    OutgoingMessages outgoingMessages(OutgoingMessageJpaRepository repository) {
        return new JpaOutgoingMessages(repository);
    }

    @Bean
    RecordingPublicEvent recordingPublicEvent(OutgoingMessages messages, Clock clock) {
        return new RecordingPublicEvent(messages, clock);
    }

    @Bean
    PublicEventConsumer publicEventConsumer(Inbox inbox, RecordingPublicEvent recordingPublicEvent) {
        return new PublicEventConsumer(inbox, recordingPublicEvent);
    }
}
