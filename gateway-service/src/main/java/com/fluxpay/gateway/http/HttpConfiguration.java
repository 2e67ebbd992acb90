package com.fluxpay.gateway.http;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** The HTTP mechanics every capability shares. */
@Configuration
public class HttpConfiguration {

    @Bean
    WebMvcConfigurer strictRequestBodies() {
        return new StrictRequestBodies();
    }

    @Bean
    FilterRegistrationBean<CorrelationFilter> correlationFilter() {
        return FilterChain.CORRELATION.register(new CorrelationFilter());
    }
}
