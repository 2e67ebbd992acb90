package com.fluxpay.gatewayfixture.clean.order.domain;

public record OrderView(String id) {
}
