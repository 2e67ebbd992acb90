package com.fluxpay.gatewayfixture.clean.order;

import org.springframework.context.annotation.Configuration;

@Configuration
public class OrderConfiguration {
}
