package com.fluxpay.testing;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Gives a Spring test real Kafka, Postgres, Redis and the sandbox PSP. The context gets its own fresh
 * database, so tables never leak between test classes; Kafka, Redis and the PSP are shared by the JVM.
 *
 * <p>Properties set: {@code spring.kafka.bootstrap-servers}, {@code spring.datasource.*},
 * {@code spring.data.redis.url}, {@code fluxpay.psp.sandbox.url}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
public @interface RealInfrastructure {
}
