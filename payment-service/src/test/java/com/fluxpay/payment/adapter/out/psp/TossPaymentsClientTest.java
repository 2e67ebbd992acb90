package com.fluxpay.payment.adapter.out.psp;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.fluxpay.payment.application.port.ChargeResult;
import com.fluxpay.payment.application.port.OperationResult;
import com.fluxpay.payment.application.port.PaymentProvider;
import com.fluxpay.payment.domain.CaptureMode;
import com.fluxpay.payment.domain.Money;
import com.github.tomakehurst.wiremock.WireMockServer;
import java.time.Instant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Stubs follow docs.tosspayments.com/reference: POST /v1/payments/confirm {paymentKey, orderId, amount},
 * Basic auth of "secretKey:", Payment objects with status DONE, errors {"code","message"} with the statuses of
 * reference/error-codes (REJECT_CARD_PAYMENT 403, NOT_FOUND_PAYMENT 404, ALREADY_PROCESSED_PAYMENT and
 * PROVIDER_ERROR 400), POST /v1/payments/{paymentKey}/cancel {cancelReason, cancelAmount},
 * GET /v1/payments/orders/{orderId}.
 */
class TossPaymentsClientTest {

    // base64("test_sk_zXLkKEypNArWmo50nX3lmeaxYG5R:")
    private static final String BASIC = "Basic dGVzdF9za196WExrS0V5cE5BcldtbzUwblgzbG1lYXhZRzVSOg==";
    private static WireMockServer toss;
    private TossPaymentsClient client;

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
        client = new TossPaymentsClient(PspStub.client(toss), "test_sk_zXLkKEypNArWmo50nX3lmeaxYG5R");
    }

    private static PaymentProvider.Charge charge() {
        return PspStub.charge("5zJ4xY7m0kODnyRpQWGrN2xqGlNvLrKwv1M9ENjbeoPaZdL6", CaptureMode.AUTOMATIC,
                Money.of(15_000, "KRW"));
    }

    @Test
    void a_confirm_sends_the_documented_body_with_basic_auth_and_an_idempotency_key() {
        toss.stubFor(post("/v1/payments/confirm").withHeader("Authorization", equalTo(BASIC))
                .withHeader("Idempotency-Key", equalTo("fluxpay-pay_1"))
                .withRequestBody(equalToJson("""
                        {"paymentKey":"5zJ4xY7m0kODnyRpQWGrN2xqGlNvLrKwv1M9ENjbeoPaZdL6","orderId":"ord_1","amount":15000}"""))
                .willReturn(okJson("""
                        {"mId":"tosspayments","paymentKey":"5zJ4xY7m0kODnyRpQWGrN2xqGlNvLrKwv1M9ENjbeoPaZdL6",
                         "orderId":"ord_1","status":"DONE","totalAmount":15000,"method":"카드"}""")));

        assertThat(client.charge(charge()))
                .isEqualTo(new ChargeResult.Approved("5zJ4xY7m0kODnyRpQWGrN2xqGlNvLrKwv1M9ENjbeoPaZdL6"));
    }

    @Test
    void a_rejected_card_is_declined_with_tosss_error_code() {
        toss.stubFor(post("/v1/payments/confirm").willReturn(aResponse().withStatus(403)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"code\":\"REJECT_CARD_PAYMENT\",\"message\":\"한도초과 혹은 잔액부족으로 결제에 실패했습니다.\"}")));

        assertThat(((ChargeResult.Declined) client.charge(charge())).code()).isEqualTo("REJECT_CARD_PAYMENT");
    }

    @Test
    void already_processed_or_a_provider_error_is_unknown_though_toss_answers_400() {
        toss.stubFor(post("/v1/payments/confirm").willReturn(aResponse().withStatus(400)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"code\":\"ALREADY_PROCESSED_PAYMENT\",\"message\":\"이미 처리된 결제 입니다.\"}")));
        assertThat(client.charge(charge())).isInstanceOf(ChargeResult.Unknown.class);

        toss.stubFor(post("/v1/payments/confirm").willReturn(aResponse().withStatus(400)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"code\":\"PROVIDER_ERROR\",\"message\":\"일시적인 오류가 발생했습니다. 잠시 후 다시 시도해주세요.\"}")));
        assertThat(client.charge(charge())).isInstanceOf(ChargeResult.Unknown.class);
        toss.verify(2, postRequestedFor(urlEqualTo("/v1/payments/confirm")));
    }

    @Test
    void a_500_confirm_is_unknown() {
        toss.stubFor(post("/v1/payments/confirm").willReturn(aResponse().withStatus(500)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"code\":\"FAILED_PAYMENT_INTERNAL_SYSTEM_PROCESSING\",\"message\":\"placeholder\"}")));

        assertThat(client.charge(charge())).isInstanceOf(ChargeResult.Unknown.class);
    }

    @Test
    void a_404_that_is_not_tosss_not_found_payment_proves_nothing() {
        toss.stubFor(get("/v1/payments/orders/ord_3").willReturn(aResponse().withStatus(404)
                .withHeader("Content-Type", "text/html").withBody("<html>Not Found</html>")));

        assertThat(client.lookup(new PaymentProvider.ChargeLookup("pay_3", "ord_3", "k", null, Instant.EPOCH)))
                .isInstanceOf(ChargeResult.Unknown.class);
    }

    @Test
    void a_slow_confirm_is_unknown_never_declined() {
        toss.stubFor(post("/v1/payments/confirm").willReturn(okJson("{\"status\":\"DONE\"}")
                .withFixedDelay((int) PspStub.READ_TIMEOUT.toMillis() * 3)));

        assertThat(client.charge(charge())).isInstanceOf(ChargeResult.Unknown.class);
    }

    @Test
    void a_lookup_by_order_id_finds_a_done_payment_and_a_404_means_not_charged() {
        toss.stubFor(get("/v1/payments/orders/ord_1").withHeader("Authorization", equalTo(BASIC))
                .willReturn(okJson("{\"paymentKey\":\"pk_1\",\"orderId\":\"ord_1\",\"status\":\"DONE\"}")));
        toss.stubFor(get("/v1/payments/orders/ord_2").willReturn(aResponse().withStatus(404)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"code\":\"NOT_FOUND_PAYMENT\",\"message\":\"존재하지 않는 결제 정보 입니다.\"}")));

        assertThat(client.lookup(new PaymentProvider.ChargeLookup("pay_1", "ord_1", "k", null, Instant.EPOCH)))
                .isEqualTo(new ChargeResult.Approved("pk_1"));
        assertThat(client.lookup(new PaymentProvider.ChargeLookup("pay_2", "ord_2", "k", null, Instant.EPOCH)))
                .isInstanceOf(ChargeResult.NotCharged.class);
    }

    @Test
    void a_refund_is_a_cancel_with_an_amount() {
        toss.stubFor(post("/v1/payments/pk_1/cancel").withHeader("Idempotency-Key", equalTo("re_1"))
                .withRequestBody(equalToJson("{\"cancelReason\":\"customer asked\",\"cancelAmount\":5000}"))
                .willReturn(okJson("{\"paymentKey\":\"pk_1\",\"status\":\"PARTIAL_CANCELED\"}")));

        var result = client.refund(new PaymentProvider.Operation("pk_1", "pay_1", Money.of(5_000, "KRW"), "re_1",
                "customer asked"));

        assertThat(result).isEqualTo(new OperationResult.Done("pk_1", false));
        toss.verify(1, postRequestedFor(urlEqualTo("/v1/payments/pk_1/cancel")));
    }
}
