package com.fluxpay.gatewayfixture.broken.order;

import org.springframework.context.annotation.Configuration;

@Configuration
public class OrderConfiguration {
}
