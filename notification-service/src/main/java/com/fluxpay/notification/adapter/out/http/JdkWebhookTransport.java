package com.fluxpay.notification.adapter.out.http;

import com.fluxpay.notification.application.port.WebhookTransport;
import com.fluxpay.notification.domain.AttemptResult;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * POSTs webhooks with the JDK's HTTP client. One deadline covers the whole attempt (connect, headers and
 * body), so a receiver that trickles its answer cannot hold a worker longer than the timeout. Redirects are
 * not followed: a redirect could lead a live endpoint into a private network. At most {@code responseCap}
 * bytes of the answer are read; the rest is discarded unread.
 */
public class JdkWebhookTransport implements WebhookTransport {

    private final HttpClient client;
    private final Duration timeout;
    private final int responseCap;

    public JdkWebhookTransport(Duration timeout, int responseCap) {
        this.client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(timeout).followRedirects(HttpClient.Redirect.NEVER)
                .build();
        this.timeout = timeout;
        this.responseCap = responseCap;
    }

    @Override
    public AttemptResult post(String url, Map<String, String> headers, String body) {
        long started = System.nanoTime();
        CompletableFuture<HttpResponse<String>> response = null;
        try {
            var request = HttpRequest.newBuilder(URI.create(url)).timeout(timeout)
                    .header("user-agent", "FluxPay-Webhooks/1")
                    .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
            headers.forEach(request::header);
            response = client.sendAsync(request.build(), info -> new CappedBody(responseCap));
            HttpResponse<String> answer = response.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            return AttemptResult.answered(answer.statusCode(), millisSince(started), answer.body());
        } catch (TimeoutException e) {
            response.cancel(true);
            return AttemptResult.noAnswer("timed out after " + timeout.toMillis() + " ms", millisSince(started));
        } catch (ExecutionException e) {
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            return AttemptResult.noAnswer(cause.getClass().getSimpleName() + ": " + cause.getMessage(),
                    millisSince(started));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            if (response != null) {
                response.cancel(true);
            }
            return AttemptResult.noAnswer("interrupted", millisSince(started));
        } catch (IllegalArgumentException e) {
            return AttemptResult.noAnswer("unusable URL: " + e.getMessage(), millisSince(started));
        }
    }

    private static long millisSince(long started) {
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
    }

    /** Keeps the first {@code cap} bytes of the body and stops reading there. */
    static final class CappedBody implements HttpResponse.BodySubscriber<String> {

        private final int cap;
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        private final CompletableFuture<String> result = new CompletableFuture<>();
        private Flow.Subscription subscription;

        CappedBody(int cap) {
            this.cap = cap;
        }

        @Override
        public CompletionStage<String> getBody() {
            return result;
        }

        @Override
        public void onSubscribe(Flow.Subscription subscription) {
            this.subscription = subscription;
            subscription.request(Long.MAX_VALUE);
        }

        @Override
        public void onNext(List<ByteBuffer> items) {
            for (ByteBuffer item : items) {
                int take = Math.min(item.remaining(), cap - bytes.size());
                byte[] chunk = new byte[take];
                item.get(chunk);
                bytes.write(chunk, 0, take);
            }
            if (bytes.size() >= cap) {
                subscription.cancel();
                finish();
            }
        }

        @Override
        public void onError(Throwable throwable) {
            result.completeExceptionally(throwable);
        }

        @Override
        public void onComplete() {
            finish();
        }

        private void finish() {
            result.complete(bytes.toString(StandardCharsets.UTF_8));
        }
    }
}
