package com.fluxpay.platform.kafka;

import java.util.Map;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;
import org.springframework.boot.actuate.endpoint.annotation.WriteOperation;
import org.springframework.lang.Nullable;

/**
 * {@code GET /actuator/deadletters} lists the service's DLQ; {@code POST /actuator/deadletters} with
 * {@code {"partition":0,"offset":12}} replays one dead letter, with {@code {}} every one not yet replayed.
 */
@Endpoint(id = "deadletters")
public class DeadLettersEndpoint {

    private final DeadLetters deadLetters;

    public DeadLettersEndpoint(DeadLetters deadLetters) {
        this.deadLetters = deadLetters;
    }

    @ReadOperation
    public Map<String, Object> list() {
        return Map.of("topic", deadLetters.topic(), "deadLetters", deadLetters.list(200));
    }

    @WriteOperation
    public Map<String, Object> replay(@Nullable Integer partition, @Nullable Long offset) {
        if (partition != null && offset != null) {
            return Map.of("replayed", deadLetters.replay(partition, offset) ? 1 : 0);
        }
        return Map.of("replayed", deadLetters.replayAll().size());
    }
}
