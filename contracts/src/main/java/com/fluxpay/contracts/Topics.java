package com.fluxpay.contracts;

/**
 * Every Kafka topic FluxPay publishes to. Facts go to {@code .events}, requests to {@code .commands};
 * the key of every record is the id of the aggregate it is about, so one aggregate's records stay in order.
 */
public final class Topics {

    public static final String ORDER_COMMANDS = "fluxpay.order.commands";
    public static final String ORDER_EVENTS = "fluxpay.order.events";
    public static final String PAYMENT_COMMANDS = "fluxpay.payment.commands";
    public static final String PAYMENT_EVENTS = "fluxpay.payment.events";
    public static final String LEDGER_EVENTS = "fluxpay.ledger.events";
    public static final String NOTIFICATION_COMMANDS = "fluxpay.notification.commands";
    public static final String NOTIFICATION_EVENTS = "fluxpay.notification.events";
    public static final String FLEET_COMMANDS = "fluxpay.fleet.commands";
    public static final String FLEET_EVENTS = "fluxpay.fleet.events";
    /** PSP webhooks accepted by the gateway: facts a PSP told us, so {@code .events} like every fact topic. */
    public static final String PSP_WEBHOOKS = "fluxpay.psp.events";
    public static final String CREDIT_COMMANDS = "fluxpay.credit.commands";
    public static final String CREDIT_EVENTS = "fluxpay.credit.events";
    /**
     * Client-facing: the services that sell usage to a tenant's customers (outside FluxPay) publish
     * {@code service.usage.*} here, key = usage id. The one topic not named for one FluxPay context's facts or
     * requests: its producers are the clients, and what they send is both (a request to hold, facts of the outcome).
     */
    public static final String SERVICE_USAGE = "fluxpay.service.usage";

    private Topics() {
    }

    /** The dead-letter topic of one consuming service, for example {@code fluxpay.ledger.dlq}. */
    public static String deadLetterOf(String context) {
        return "fluxpay." + context + ".dlq";
    }
}
