package com.fluxpay.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fluxpay.client.Requests.NewOrder;
import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The client against a stand-in gateway that answers canned bodies: what is sent, and how answers read. */
class AnswersTest {

    private HttpServer server;
    private volatile String lastBody;
    private volatile String lastAuthorization;
    private volatile String lastKey;

    @BeforeEach
    void standIn() throws Exception {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/api/v1/orders", exchange -> {
            lastBody = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            lastAuthorization = exchange.getRequestHeaders().getFirst("Authorization");
            lastKey = exchange.getRequestHeaders().getFirst("Idempotency-Key");
            boolean bad = lastBody.contains("-1");
            String body = bad ? """
                    {"type":"https://fluxpay.dev/errors/REQ_001","title":"Invalid request","status":400,
                     "detail":"The request breaks 1 rule(s)","code":"REQ_001",
                     "errors":[{"field":"amount","message":"must be positive"}]}"""
                    : exchange.getRequestURI().getPath().endsWith("ord_gone") ? """
                    {"id":"ord_gone","status":"CANCELED","amount":300000,"currency":"KRW",
                     "cancellation":{"cause":"PAYMENT_RETURNED","reason":"service failed"},"future":"ignored"}"""
                    : """
                    {"id":"ord_1","status":"HOVERING","amount":30000}""";
            exchange.getResponseHeaders().add("Content-Type", bad ? "application/problem+json" : "application/json");
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(bad ? 400 : 200, bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private GatewayClient client() {
        return GatewayClient.at("http://127.0.0.1:" + server.getAddress().getPort()).authorizedBy("fp_test_secret");
    }

    @Test
    void a_request_is_its_record_as_json_without_the_fields_left_out_with_the_key_and_credential() {
        var answer = client().createOrder(NewOrder.of(-1, "KRW"), "key-1");

        assertThat(lastBody).isEqualTo("{\"amount\":-1,\"currency\":\"KRW\"}");
        assertThat(lastAuthorization).isEqualTo("Bearer fp_test_secret");
        assertThat(lastKey).isEqualTo("key-1");
        assertThat(answer.sent().headers()).containsEntry("Authorization", "Bearer fp_test_sec…");
    }

    @Test
    void a_problem_reads_as_one_with_its_code_and_fields_and_is_not_taken_for_the_value() {
        var answer = client().createOrder(NewOrder.of(-1, "KRW"));

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.problem().code()).isEqualTo("REQ_001");
        assertThat(answer.problem().status()).isEqualTo(400);
        assertThat(answer.problem().fields()).containsExactly("amount");
        assertThatThrownBy(answer::value).isInstanceOf(Answer.UnexpectedAnswer.class).hasMessageContaining("REQ_001");
    }

    @Test
    void an_amount_is_a_number_not_a_prefix_and_the_wire_spelling_of_canceled_lives_in_one_place() {
        var order = client().order("ord_gone").value();

        assertThat(order.amount()).isEqualTo(300_000).isNotEqualTo(30_000);
        assertThat(order.status()).isEqualTo(Order.Status.CANCELED);
        assertThat(order.cancellation().cause()).isEqualTo(Order.CancelCause.PAYMENT_RETURNED);
    }

    @Test
    void a_status_the_client_does_not_know_fails_the_read_rather_than_passing_for_another() {
        assertThatThrownBy(() -> client().order("ord_1").value()).hasMessageContaining("HOVERING");
    }
}
