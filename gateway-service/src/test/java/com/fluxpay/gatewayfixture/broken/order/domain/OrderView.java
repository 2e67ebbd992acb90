package com.fluxpay.gatewayfixture.broken.order.domain;

public record OrderView(String id) {
}
