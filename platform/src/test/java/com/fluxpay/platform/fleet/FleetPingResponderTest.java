package com.fluxpay.platform.fleet;

import static com.fluxpay.platform.testing.HandlerTableAssertions.assertCovers;

import com.fluxpay.contracts.Topics;
import java.time.Clock;
import org.junit.jupiter.api.Test;

class FleetPingResponderTest {

    @Test
    void the_fleet_ping_responder_handles_or_ignores_every_fleet_command() {
        assertCovers(new FleetPingResponder(null, null, Clock.systemUTC(), "test").handlers(), Topics.FLEET_COMMANDS);
    }
}
