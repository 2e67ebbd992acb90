package com.fluxpay.ledger;

import com.fluxpay.testing.HexagonalRules;
import org.junit.jupiter.api.Test;

class ArchitectureTest {

    @Test
    void ledger_service_keeps_its_domain_and_use_cases_free_of_frameworks() {
        HexagonalRules.check("com.fluxpay.ledger");
    }
}
