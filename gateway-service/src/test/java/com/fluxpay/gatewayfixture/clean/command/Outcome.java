package com.fluxpay.gatewayfixture.clean.command;

public record Outcome(String id) {
}
