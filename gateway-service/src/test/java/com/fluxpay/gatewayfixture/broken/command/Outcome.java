package com.fluxpay.gatewayfixture.broken.command;

import com.fluxpay.gatewayfixture.broken.order.domain.OrderView;

/** Breaks "command and readmodel depend on no capability": a kernel type that knows an order. */
public record Outcome(OrderView order) {
}
