package com.fluxpay.credit.config;

import com.fluxpay.credit.adapter.in.kafka.CreditCommandConsumer;
import com.fluxpay.credit.adapter.in.kafka.ServiceUsageConsumer;
import com.fluxpay.credit.adapter.in.kafka.TopUpOrderConsumer;
import com.fluxpay.credit.adapter.in.kafka.TopUpPaymentConsumer;
import com.fluxpay.credit.adapter.in.scheduling.ScheduledCreditSettlement;
import com.fluxpay.credit.adapter.out.events.OutboxCreditEvents;
import com.fluxpay.credit.adapter.out.persistence.JdbcCreditAccounts;
import com.fluxpay.credit.adapter.out.persistence.JdbcTopUps;
import com.fluxpay.credit.adapter.out.policy.DefaultDrawDownOrders;
import com.fluxpay.credit.application.ChangingCreditAccount;
import com.fluxpay.credit.application.GrantingCredits;
import com.fluxpay.credit.application.GrantingFreeCredits;
import com.fluxpay.credit.application.MeteringUsage;
import com.fluxpay.credit.application.ReservingCredits;
import com.fluxpay.credit.application.SettlingDueCredits;
import com.fluxpay.credit.application.ToppingUp;
import com.fluxpay.platform.inbox.EventDispatcher;
import com.fluxpay.platform.outbox.Outbox;
import com.fluxpay.platform.transactions.Transactions;
import java.time.Clock;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/** credit-service's beans, built with constructors; the platform (inbox, outbox, DLQ) is auto-configured. */
@Configuration
public class CreditServiceConfiguration {

    @Bean
    JdbcCreditAccounts creditAccounts(JdbcTemplate jdbc, Clock clock) {
        return new JdbcCreditAccounts(jdbc, clock);
    }

    @Bean
    OutboxCreditEvents creditEvents(Outbox outbox) {
        return new OutboxCreditEvents(outbox);
    }

    @Bean
    ChangingCreditAccount changingCreditAccount(JdbcCreditAccounts accounts, OutboxCreditEvents events,
                                                Transactions transactions) {
        return new ChangingCreditAccount(accounts, new DefaultDrawDownOrders(), events, transactions);
    }

    @Bean
    ReservingCredits reservingCredits(ChangingCreditAccount changing, Clock clock) {
        return new ReservingCredits(changing, clock);
    }

    @Bean
    GrantingCredits grantingCredits(ChangingCreditAccount changing, Clock clock) {
        return new GrantingCredits(changing, clock);
    }

    @Bean
    MeteringUsage meteringUsage(ChangingCreditAccount changing, JdbcCreditAccounts owners, OutboxCreditEvents refusals,
                                Transactions transactions, Clock clock,
                                @Value("${fluxpay.credit.reservation-timeout:PT15M}") Duration defaultTimeout) {
        return new MeteringUsage(changing, owners, refusals, transactions, clock, defaultTimeout);
    }

    @Bean
    GrantingFreeCredits grantingFreeCredits(GrantingCredits granting, OutboxCreditEvents refusals,
                                            Transactions transactions, Clock clock) {
        return new GrantingFreeCredits(granting, refusals, transactions, clock);
    }

    @Bean
    SettlingDueCredits settlingDueCredits(JdbcCreditAccounts accounts, ChangingCreditAccount changing, Clock clock) {
        return new SettlingDueCredits(accounts, changing, clock);
    }

    @Bean
    ServiceUsageConsumer serviceUsageConsumer(EventDispatcher dispatcher, MeteringUsage metering) {
        return new ServiceUsageConsumer(dispatcher, metering);
    }

    @Bean
    CreditCommandConsumer creditCommandConsumer(EventDispatcher dispatcher, GrantingFreeCredits granting) {
        return new CreditCommandConsumer(dispatcher, granting);
    }

    @Bean
    ScheduledCreditSettlement scheduledCreditSettlement(SettlingDueCredits settling,
                                                        @Value("${fluxpay.credit.sweep.batch:100}") int batch) {
        return new ScheduledCreditSettlement(settling, batch);
    }

    @Bean
    ToppingUp toppingUp(JdbcTemplate jdbc, Clock clock, GrantingCredits granting) {
        return new ToppingUp(new JdbcTopUps(jdbc, clock), granting);
    }

    @Bean
    TopUpOrderConsumer topUpOrderConsumer(EventDispatcher dispatcher, ToppingUp toppingUp) {
        return new TopUpOrderConsumer(dispatcher, toppingUp);
    }

    @Bean
    TopUpPaymentConsumer topUpPaymentConsumer(EventDispatcher dispatcher, ToppingUp toppingUp) {
        return new TopUpPaymentConsumer(dispatcher, toppingUp);
    }
}
