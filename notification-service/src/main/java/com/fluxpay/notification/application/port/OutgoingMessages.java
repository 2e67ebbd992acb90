package com.fluxpay.notification.application.port;

import com.fluxpay.notification.domain.OutgoingMessage;
import java.util.Optional;
import java.util.UUID;

/** The messages waiting for, or done with, delivery to merchants' webhook endpoints. */
public interface OutgoingMessages {

    /** Stores the message unless one with its id exists; true when it was new. */
    boolean add(OutgoingMessage message);

    Optional<OutgoingMessage> find(UUID id);
}
