package com.fluxpay.platform;

import com.fluxpay.platform.event.CloudEventHeaders;
import com.fluxpay.platform.event.EventEnvelope;
import com.fluxpay.platform.testapp.ThingHappened;
import java.time.Instant;
import java.util.UUID;
import org.apache.kafka.clients.producer.ProducerRecord;

/** Records built by hand, as a client service (or a broken one) would put them on a topic. */
final class RawRecords {

    private RawRecords() {
    }

    static ProducerRecord<String, String> thing(UUID eventId, String thingId, String behaviour) {
        String json = "{\"thingId\":\"" + thingId + "\",\"behaviour\":\"" + behaviour + "\",\"addedLater\":true}";
        var envelope = new EventEnvelope(eventId, ThingHappened.TYPE.name(), 1, "/test", Instant.now(), thingId,
                "tenant-a", "corr-1", null, null, json);
        return new ProducerRecord<>(ThingHappened.TOPIC, null, thingId, json, CloudEventHeaders.toHeaders(envelope));
    }

    static ProducerRecord<String, String> poison(String key, String body) {
        var envelope = new EventEnvelope(UUID.randomUUID(), ThingHappened.TYPE.name(), 1, "/test", Instant.now(), key,
                "tenant-a", null, null, null, body);
        return new ProducerRecord<>(ThingHappened.TOPIC, null, key, body, CloudEventHeaders.toHeaders(envelope));
    }
}
