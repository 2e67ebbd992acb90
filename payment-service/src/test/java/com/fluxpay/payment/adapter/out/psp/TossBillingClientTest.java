package com.fluxpay.payment.adapter.out.psp;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;

import com.fluxpay.payment.application.port.ChargeResult;
import com.fluxpay.payment.application.port.PaymentProvider;
import com.fluxpay.payment.application.port.RecurringCharges;
import com.fluxpay.payment.application.port.RecurringCharges.BillingKey;
import com.fluxpay.payment.application.port.RecurringCharges.SavedMethod;
import com.fluxpay.payment.domain.Money;
import com.github.tomakehurst.wiremock.WireMockServer;
import java.time.Instant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Stubs follow TossPayments' billing (자동결제) API: POST /v1/billing/authorizations/issue {authKey, customerKey}
 * answers {mId, customerKey, authenticatedAt, method, billingKey, card}; POST /v1/billing/{billingKey}
 * {customerKey, amount, orderId, orderName} answers a Payment object; errors are {"code","message"} with the
 * statuses of docs.tosspayments.com/reference/error-codes (NOT_MATCHES_CUSTOMER_KEY 400 as Toss's own request
 * log shows it, REJECT_CARD_PAYMENT 403, PROVIDER_ERROR 400, FAILED_INTERNAL_SYSTEM_PROCESSING 500).
 */
class TossBillingClientTest {

    // base64("test_sk_zXLkKEypNArWmo50nX3lmeaxYG5R:"), the documentation's test key
    private static final String BASIC = "Basic dGVzdF9za196WExrS0V5cE5BcldtbzUwblgzbG1lYXhZRzVSOg==";
    // Toss billing keys are base64 and end in '=': the path carries it percent-encoded
    private static final String KEY = "Z_t5vOvQxrj4499PeiJcjen28-V2RyqgYTwN44Rdzk0=";
    private static final String KEY_IN_PATH = "/v1/billing/Z_t5vOvQxrj4499PeiJcjen28-V2RyqgYTwN44Rdzk0%3D";
    private static final SavedMethod METHOD = new SavedMethod("cust_8f2e", new BillingKey(KEY));

    private static WireMockServer toss;
    private TossBillingClient client;

    @BeforeAll
    static void start() {
        toss = PspStub.start();
    }

    @AfterAll
    static void stop() {
        toss.stop();
    }

    @BeforeEach
    void reset() {
        toss.resetAll();
        client = new TossBillingClient(PspStub.client(toss), "test_sk_zXLkKEypNArWmo50nX3lmeaxYG5R");
    }

    private static RecurringCharges.SavedCharge charge() {
        return new RecurringCharges.SavedCharge(METHOD, "pay_1", "ord_1", "FluxPay Pro monthly", "fluxpay-pay_1",
                Money.of(9_900, "KRW"));
    }

    private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder error(int status, String code,
                                                                                         String message) {
        return aResponse().withStatus(status).withHeader("Content-Type", "application/json")
                .withBody("{\"code\":\"" + code + "\",\"message\":\"" + message + "\"}");
    }

    @Test
    void a_billing_key_is_issued_from_the_auth_key_for_the_customer_key() {
        toss.stubFor(post("/v1/billing/authorizations/issue").willReturn(okJson("""
                {"mId":"tosspayments","customerKey":"cust_8f2e","authenticatedAt":"2021-01-01T10:01:30+09:00",
                 "method":"카드","billingKey":"%s",
                 "card":{"company":"현대","number":"433012******1234","cardType":"신용","ownerType":"개인"}}"""
                .formatted(KEY))));

        var result = client.saveMethod(new RecurringCharges.SaveMethodRequest("cust_8f2e", "bln_auth_1",
                "save-cust_8f2e"));

        assertThat(result).isEqualTo(new RecurringCharges.Saved(METHOD));
        toss.verify(1, postRequestedFor(urlEqualTo("/v1/billing/authorizations/issue"))
                .withHeader("Authorization", equalTo(BASIC)).withHeader("Idempotency-Key", equalTo("save-cust_8f2e"))
                .withRequestBody(equalToJson("{\"authKey\":\"bln_auth_1\",\"customerKey\":\"cust_8f2e\"}")));
    }

    @Test
    void an_auth_key_toss_refuses_saves_nothing_and_says_why() {
        toss.stubFor(post("/v1/billing/authorizations/issue").willReturn(error(400, "INVALID_REQUEST",
                "잘못된 요청입니다.")));

        assertThat(client.saveMethod(new RecurringCharges.SaveMethodRequest("cust_8f2e", "bln_used", "k")))
                .isEqualTo(new RecurringCharges.Refused("INVALID_REQUEST", "잘못된 요청입니다."));
    }

    @Test
    void a_billing_charge_sends_the_documented_body_with_basic_auth_and_the_attempt_key_and_is_approved() {
        toss.stubFor(post(urlPathMatching("/v1/billing/.*")).willReturn(okJson("""
                {"mId":"tosspayments","paymentKey":"pk_bill_1","orderId":"ord_1","orderName":"FluxPay Pro monthly",
                 "status":"DONE","totalAmount":9900,"method":"카드","approvedAt":"2026-11-21T10:00:01+09:00"}""")));

        assertThat(client.chargeSaved(charge())).isEqualTo(new ChargeResult.Approved("pk_bill_1"));
        toss.verify(1, postRequestedFor(urlEqualTo(KEY_IN_PATH))
                .withHeader("Authorization", equalTo(BASIC)).withHeader("Idempotency-Key", equalTo("fluxpay-pay_1"))
                .withHeader("Content-Type", equalTo("application/json"))
                .withRequestBody(equalToJson("""
                        {"customerKey":"cust_8f2e","amount":9900,"orderId":"ord_1",
                         "orderName":"FluxPay Pro monthly"}""")));
    }

    @Test
    void a_card_over_its_limit_is_declined_with_tosss_code() {
        toss.stubFor(post(urlEqualTo(KEY_IN_PATH)).willReturn(error(403, "REJECT_CARD_PAYMENT",
                "한도초과 혹은 잔액부족으로 결제에 실패했습니다.")));

        assertThat(client.chargeSaved(charge())).isEqualTo(new ChargeResult.Declined("REJECT_CARD_PAYMENT",
                "한도초과 혹은 잔액부족으로 결제에 실패했습니다."));
    }

    @Test
    void a_customer_key_other_than_the_one_the_key_was_issued_for_is_declined() {
        toss.stubFor(post(urlEqualTo(KEY_IN_PATH)).willReturn(error(400, "NOT_MATCHES_CUSTOMER_KEY",
                "빌링 인증 고객키와 결제 요청 고객키가 일치하지 않습니다.")));

        assertThat(((ChargeResult.Declined) client.chargeSaved(charge())).code()).isEqualTo("NOT_MATCHES_CUSTOMER_KEY");
    }

    @Test
    void a_duplicated_order_id_or_a_provider_error_is_unknown_because_the_order_may_already_be_charged() {
        toss.stubFor(post(urlEqualTo(KEY_IN_PATH)).willReturn(error(400, "DUPLICATED_ORDER_ID",
                "이미 승인 및 취소가 진행된 중복된 주문번호 입니다. 다른 주문번호로 진행해주세요.")));
        assertThat(client.chargeSaved(charge())).isInstanceOf(ChargeResult.Unknown.class);

        toss.stubFor(post(urlEqualTo(KEY_IN_PATH)).willReturn(error(400, "PROVIDER_ERROR",
                "일시적인 오류가 발생했습니다. 잠시 후 다시 시도해주세요.")));
        assertThat(client.chargeSaved(charge())).isInstanceOf(ChargeResult.Unknown.class);
    }

    @Test
    void a_500_is_unknown_since_nothing_in_tosss_error_promises_no_charge() {
        // the code and status as listed for Toss's APIs; the message text is a placeholder
        toss.stubFor(post(urlEqualTo(KEY_IN_PATH)).willReturn(error(500, "FAILED_INTERNAL_SYSTEM_PROCESSING",
                "internal processing failed")));

        assertThat(client.chargeSaved(charge())).isInstanceOf(ChargeResult.Unknown.class);
    }

    @Test
    void a_billing_charge_that_times_out_is_unknown_and_not_retried_and_the_lookup_by_order_id_finds_it() {
        toss.stubFor(post(urlEqualTo(KEY_IN_PATH)).willReturn(okJson("{\"paymentKey\":\"pk_bill_1\",\"status\":\"DONE\"}")
                .withFixedDelay((int) PspStub.READ_TIMEOUT.toMillis() * 3)));
        toss.stubFor(get("/v1/payments/orders/ord_1").withHeader("Authorization", equalTo(BASIC))
                .willReturn(okJson("{\"paymentKey\":\"pk_bill_1\",\"orderId\":\"ord_1\",\"status\":\"DONE\"}")));

        var result = client.chargeSaved(charge());

        assertThat(result).isInstanceOf(ChargeResult.Unknown.class);
        assertThat(result.toString()).doesNotContain(KEY).doesNotContain("Z_t5vOvQxrj4499PeiJcjen28-V2RyqgYTwN44Rdzk0");
        toss.verify(1, postRequestedFor(anyUrl()));
        var reconciler = new TossPaymentsClient(PspStub.client(toss), "test_sk_zXLkKEypNArWmo50nX3lmeaxYG5R");
        assertThat(reconciler.lookup(new PaymentProvider.ChargeLookup("pay_1", "ord_1", "fluxpay-pay_1", null,
                Instant.EPOCH))).isEqualTo(new ChargeResult.Approved("pk_bill_1"));
    }

    @Test
    void a_billing_key_never_shows_in_what_the_records_print() {
        assertThat(charge().toString()).doesNotContain("Z_t5vOvQxrj4499PeiJcjen28").contains("BillingKey[redacted]");
        assertThat(new RecurringCharges.SaveMethodRequest("cust_8f2e", "bln_auth_secret", "k").toString())
                .doesNotContain("bln_auth_secret");
    }
}
