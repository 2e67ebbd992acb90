package com.fluxpay.gateway.readmodel;

import com.fluxpay.gateway.readmodel.application.Awaiting;
import com.fluxpay.gateway.readmodel.application.ProjectionSignals;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The read-model mechanics every capability shares: waiting for a projection, and the signals that end it. */
@Configuration
public class ReadModelConfiguration {

    /** One per instance: consumers ring it after projecting, waiting requests look again at once. */
    @Bean
    ProjectionSignals projectionSignals(MeterRegistry meters) {
        var signals = new ProjectionSignals();
        Gauge.builder("fluxpay.gateway.waiting.requests", signals, ProjectionSignals::waiting)
                .description("requests waiting for their command's answer on this instance").register(meters);
        return signals;
    }

    /** How long a command request waits for its answer before 202 (fluxpay.gateway.command-wait). */
    @Bean
    Awaiting awaiting(ProjectionSignals signals, Clock clock, @Value("${fluxpay.gateway.command-wait}") Duration wait) {
        return new Awaiting(signals, clock, wait);
    }
}
