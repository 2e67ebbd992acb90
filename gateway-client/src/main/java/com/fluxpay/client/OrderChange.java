package com.fluxpay.client;

/**
 * What a complete or cancel answers with while payment-service works on it (202): the order as last seen and
 * the command sent. Once done (200) the answer is the {@link Order} itself.
 */
public record OrderChange(Order order, Command command) {

    public record Command(String id, Kind kind, String status) {
    }

    public enum Kind { COMPLETE, CANCEL }
}
