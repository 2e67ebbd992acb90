package com.fluxpay.waitingroom;

import com.fluxpay.testing.HexagonalRules;
import org.junit.jupiter.api.Test;

class ArchitectureTest {

    @Test
    void waiting_room_service_keeps_its_domain_and_use_cases_free_of_frameworks() {
        HexagonalRules.check("com.fluxpay.waitingroom");
    }
}
