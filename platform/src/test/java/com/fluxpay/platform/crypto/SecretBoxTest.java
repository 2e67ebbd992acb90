package com.fluxpay.platform.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SecretBoxTest {

    private static final byte[] KEY_1 = bytes(1);
    private static final byte[] KEY_2 = bytes(2);
    private static final String SECRET = "whsec_" + Base64.getEncoder().encodeToString(bytes(7));

    private static byte[] bytes(int seed) {
        byte[] key = new byte[32];
        for (int i = 0; i < key.length; i++) {
            key[i] = (byte) (seed * 31 + i);
        }
        return key;
    }

    @Test
    void a_sealed_secret_opens_to_the_original_and_names_its_key() {
        var box = new SecretBox(Map.of("k1", KEY_1), "k1");

        String sealed = box.seal(SECRET);

        assertThat(sealed).startsWith("k1:").doesNotContain(SECRET).doesNotContain("whsec_");
        assertThat(SecretBox.keyIdOf(sealed)).isEqualTo("k1");
        assertThat(box.open(sealed)).isEqualTo(SECRET);
    }

    @Test
    void sealing_twice_gives_different_ciphertexts_because_each_seal_has_its_own_nonce() {
        var box = new SecretBox(Map.of("k1", KEY_1), "k1");

        assertThat(box.seal(SECRET)).isNotEqualTo(box.seal(SECRET));
    }

    @Test
    void a_tampered_ciphertext_is_refused() {
        var box = new SecretBox(Map.of("k1", KEY_1), "k1");
        byte[] raw = Base64.getDecoder().decode(box.seal(SECRET).substring(3));
        raw[raw.length - 5] ^= 0x01;

        assertThatThrownBy(() -> box.open("k1:" + Base64.getEncoder().encodeToString(raw)))
                .isInstanceOf(SecretBox.SecretBoxException.class).hasMessageContaining("authentication");
    }

    @Test
    void a_ciphertext_relabelled_with_another_key_id_is_refused() {
        var box = new SecretBox(Map.of("k1", KEY_1, "k2", KEY_1), "k1");
        String sealed = box.seal(SECRET);

        assertThatThrownBy(() -> box.open("k2" + sealed.substring(2)))
                .isInstanceOf(SecretBox.SecretBoxException.class);
    }

    @Test
    void a_secret_sealed_with_an_unknown_key_id_is_refused() {
        String sealed = new SecretBox(Map.of("old", KEY_1), "old").seal(SECRET);
        var box = new SecretBox(Map.of("k2", KEY_2), "k2");

        assertThatThrownBy(() -> box.open(sealed)).isInstanceOf(SecretBox.SecretBoxException.class)
                .hasMessageContaining("old").hasMessageNotContaining(SECRET);
    }

    @Test
    void after_a_key_rotation_new_seals_use_the_new_key_and_old_seals_still_open() {
        String sealedBefore = new SecretBox(Map.of("k1", KEY_1), "k1").seal(SECRET);
        var rotated = SecretBox.fromBase64Keys(Map.of("k1", Base64.getEncoder().encodeToString(KEY_1),
                "k2", Base64.getEncoder().encodeToString(KEY_2)), "k2");

        String sealedAfter = rotated.seal(SECRET);

        assertThat(SecretBox.keyIdOf(sealedAfter)).isEqualTo("k2");
        assertThat(rotated.open(sealedBefore)).isEqualTo(SECRET);
        assertThat(rotated.open(sealedAfter)).isEqualTo(SECRET);
    }

    @Test
    void a_box_refuses_keys_that_are_not_256_bits_or_an_active_key_it_does_not_have() {
        assertThatThrownBy(() -> new SecretBox(Map.of("k1", new byte[16]), "k1"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SecretBox(Map.of("k1", KEY_1), "k9")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_value_without_a_key_id_is_not_a_sealed_secret() {
        var box = new SecretBox(Map.of("k1", KEY_1), "k1");

        assertThatThrownBy(() -> box.open("bm90LXNlYWxlZA==")).isInstanceOf(SecretBox.SecretBoxException.class);
    }
}
