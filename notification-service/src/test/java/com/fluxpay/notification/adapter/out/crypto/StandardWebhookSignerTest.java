package com.fluxpay.notification.adapter.out.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import com.fluxpay.platform.crypto.SecretBox;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StandardWebhookSignerTest {

    private static final SecretBox BOX = new SecretBox(Map.of("k1", new byte[32]), "k1");
    private final StandardWebhookSigner signer = new StandardWebhookSigner(BOX);

    @Test
    void the_signature_matches_the_standard_webhooks_reference_example() {
        // the example of the Standard Webhooks specification and its reference libraries
        String sealed = BOX.seal("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw");

        String signature = signer.signatures(List.of(sealed), "msg_p5jXN8AQM9LWM0D4loKWxJek", 1614265330,
                "{\"test\": 2432232314}");

        assertThat(signature).isEqualTo("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=");
    }

    @Test
    void two_secrets_give_two_space_separated_signatures() {
        String signature = signer.signatures(List.of(BOX.seal("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"),
                BOX.seal("whsec_QUJDREVGR0hJSktMTU5PUFFSU1RVVldY")), "msg_1", 1, "{}");

        assertThat(signature.split(" ")).hasSize(2).allSatisfy(part -> assertThat(part).startsWith("v1,"));
    }

    @Test
    void a_secret_that_is_not_whsec_or_shorter_than_24_bytes_or_not_sealed_is_unusable() {
        assertThat(signer.usable(BOX.seal("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"))).isTrue();
        assertThat(signer.usable(BOX.seal("MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"))).isFalse();
        assertThat(signer.usable(BOX.seal("whsec_c2hvcnQ="))).isFalse();
        assertThat(signer.usable("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw")).isFalse();
    }
}
