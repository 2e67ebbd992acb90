package com.fluxpay.platform.testapp;

import com.fluxpay.contracts.EventType;

/** A test event; {@code behaviour} tells the consumer to succeed, fail once, or fail every time. */
public record ThingHappened(String thingId, String behaviour) {

    public static final String TOPIC = "platform.test.events";
    public static final EventType<ThingHappened> TYPE = new EventType<>("test.thing.happened", 1, TOPIC,
            ThingHappened.class);

    public static ThingHappened ok(String thingId) {
        return new ThingHappened(thingId, "ok");
    }
}
