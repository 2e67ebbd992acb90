package com.fluxpay.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.web.client.RestClient;

/**
 * The ledger's actuator endpoints over HTTP, as an operator calls them: exposed, mapped, readable. The one
 * IT with a web server, so the only one with a context of its own. Its listeners stay off and the context
 * is closed afterwards: consumers in the same group as the shared context would take partitions away
 * from it and book events into this context's database.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "fluxpay.ledger.audit.grace-period=" + LedgerIntegrationTest.GRACE_PERIOD,
        "spring.kafka.listener.auto-startup=false"})
@DirtiesContext
class LedgerEndpointsIT extends LedgerIntegrationTest {

    @LocalManagementPort
    int port;

    private String get(String path) {
        return RestClient.create("http://127.0.0.1:" + port).get().uri(path).retrieve().body(String.class);
    }

    @Test
    void an_operator_reads_verification_trial_balance_statement_and_mismatches_over_http() {
        String tenant = "http-" + UUID.randomUUID();
        book(capturedApproval(tenant, 4_200));

        assertThat(get("/actuator/ledger-verification/" + tenant)).contains("\"entriesChecked\":1",
                "\"firstBrokenLink\":null");
        assertThat(get("/actuator/ledger-verification")).contains("\"intact\":true");
        assertThat(get("/actuator/ledger-accounts/" + tenant)).contains("\"netPerCurrency\":{\"KRW\":0}");
        assertThat(get("/actuator/ledger-accounts/" + tenant + "/MERCHANT_PAYABLE/KRW?limit=10"))
                .contains("\"balance\":4200", "\"nextCursor\":null");
        assertThat(get("/actuator/ledger-mismatches")).contains("\"open\":");
        // Boot leaves Prometheus export off in tests; the metrics endpoint reads the same gauge
        assertThat(get("/actuator/metrics/fluxpay.ledger.mismatches.open")).contains("\"VALUE\"");
    }
}
