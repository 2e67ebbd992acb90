package com.fluxpay.payment.application.port;

import com.fluxpay.payment.application.PaymentCommand;
import java.time.Instant;

/** Capture, cancel and refund commands already handled, by command id (refund id for refunds). */
public interface PaymentCommands {

    boolean seen(String commandId);

    /** Records the command in the caller's transaction; false if its id was recorded before. */
    boolean record(PaymentCommand command, Instant at);
}
