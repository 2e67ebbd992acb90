package com.fluxpay.gateway.tenant;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fluxpay.gateway.http.FilterChain;
import com.fluxpay.gateway.tenant.adapter.in.web.AdminAuthenticationFilter;
import com.fluxpay.gateway.tenant.adapter.in.web.ApiKeyAuthenticationFilter;
import com.fluxpay.gateway.tenant.adapter.out.persistence.JdbcTenants;
import com.fluxpay.gateway.tenant.application.AuthenticatingCallers;
import com.fluxpay.gateway.tenant.application.ManagingTenants;
import com.fluxpay.gateway.tenant.domain.Tenant;
import com.fluxpay.platform.transactions.Transactions;
import java.time.Clock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/** Tenants, their API keys, and who is calling: the operator's admin API and the merchants' key check. */
@Configuration
public class TenantConfiguration {

    @Bean
    JdbcTenants tenants(JdbcTemplate jdbc, Transactions transactions) {
        return new JdbcTenants(jdbc, transactions);
    }

    @Bean
    ManagingTenants managingTenants(JdbcTenants tenants, Clock clock,
                                    @Value("${fluxpay.gateway.rate-limit.per-second}") int perSecond,
                                    @Value("${fluxpay.gateway.rate-limit.burst}") int burst) {
        return new ManagingTenants(tenants, clock, new Tenant.RateLimit(perSecond, burst));
    }

    @Bean
    AuthenticatingCallers authenticatingCallers(JdbcTenants tenants) {
        return new AuthenticatingCallers(tenants);
    }

    @Bean
    FilterRegistrationBean<AdminAuthenticationFilter> adminAuthenticationFilter(
            @Value("${fluxpay.gateway.admin-token:}") String adminToken, ObjectMapper json) {
        return FilterChain.ADMIN_AUTHENTICATION.register(new AdminAuthenticationFilter(adminToken, json));
    }

    @Bean
    FilterRegistrationBean<ApiKeyAuthenticationFilter> apiKeyAuthenticationFilter(AuthenticatingCallers callers,
                                                                                  ObjectMapper json) {
        return FilterChain.API_KEY_AUTHENTICATION.register(new ApiKeyAuthenticationFilter(callers, json));
    }
}
