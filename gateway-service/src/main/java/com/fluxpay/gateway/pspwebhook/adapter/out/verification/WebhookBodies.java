package com.fluxpay.gateway.pspwebhook.adapter.out.verification;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.Optional;

/** Reads webhook bodies as JSON trees: each PSP names its fields differently, and we need only a few. */
final class WebhookBodies {

    private final ObjectMapper json;

    WebhookBodies(ObjectMapper json) {
        this.json = json;
    }

    /** The body as a JSON object, or empty when it is not one. */
    Optional<JsonNode> read(byte[] body) {
        try {
            JsonNode tree = json.readTree(body);
            return tree != null && tree.isObject() ? Optional.of(tree) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** A text field at a JSON pointer ({@code /data/object/id}), or null. */
    static String text(JsonNode tree, String pointer) {
        JsonNode node = tree.at(pointer);
        return node.isTextual() && !node.asText().isBlank() ? node.asText() : null;
    }
}
