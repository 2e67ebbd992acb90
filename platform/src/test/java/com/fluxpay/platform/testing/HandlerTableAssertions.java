package com.fluxpay.platform.testing;

import com.fluxpay.contracts.EventType;
import com.fluxpay.contracts.EventTypes;
import com.fluxpay.platform.inbox.EventHandlers;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * What a service's test says about a consumer's {@link EventHandlers} table:
 * {@code HandlerTableAssertions.assertCovers(consumer.handlers(), Topics.PAYMENT_EVENTS)}. It fails when a
 * catalogued type of those topics ({@link EventTypes#ALL}) has no row and is not ignored either, so a type added
 * to the contracts makes each of its topic's consumers decide, and when the table has a row or an ignore for a type
 * that never travels on them (a table wired to the wrong topic).
 */
public final class HandlerTableAssertions {

    private HandlerTableAssertions() {
    }

    public static void assertCovers(EventHandlers table, String... topics) {
        if (topics.length == 0) {
            throw new IllegalArgumentException("name the topics the consumer listens to");
        }
        Set<String> listened = Set.of(topics);
        List<EventType<?>> onTopics = EventTypes.ALL.stream().filter(type -> listened.contains(type.topic())).toList();
        if (onTopics.isEmpty()) {
            throw new AssertionError("no catalogued type travels on " + listened + ": is the topic name right?");
        }
        List<String> uncovered = onTopics.stream().filter(type -> !table.covers(type))
                .map(HandlerTableAssertions::describe).toList();
        if (!uncovered.isEmpty()) {
            throw new AssertionError(table.consumer() + " neither handles nor ignores " + uncovered + " of "
                    + listened + ": give each a row (.on) or say it is left alone (.ignore)");
        }
        List<EventType<?>> elsewhere = Stream.concat(table.handledTypes().stream(), table.ignoredTypes().stream())
                .filter(type -> !listened.contains(type.topic())).toList();
        if (!elsewhere.isEmpty()) {
            throw new AssertionError(table.consumer() + " names " + elsewhere.stream()
                    .map(HandlerTableAssertions::describe).toList() + ", which travel on "
                    + elsewhere.stream().map(EventType::topic).collect(Collectors.toSet()) + ", not on " + listened);
        }
    }

    private static String describe(EventType<?> type) {
        return type.name() + " v" + type.version();
    }
}
