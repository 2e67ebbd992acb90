package com.fluxpay.payment;

import com.fluxpay.testing.RealInfrastructure;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;

/**
 * The one Spring context every integration test of this module shares (one database, one start-up). The
 * reconciler's schedule is pushed out of the way: tests run it themselves, so they see UNKNOWN before it ends.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE, properties = {
        "fluxpay.psp.sandbox.read-timeout=1s",
        "fluxpay.payment.reconciler.interval=1h",
        "fluxpay.payment.reconciler.settle-after=0s",
        // a Stripe nobody listens on: every connection is refused, so no money can move there
        "fluxpay.psp.stripe.base-url=http://127.0.0.1:1",
        "fluxpay.psp.stripe.secret-key=sk_test_unreachable",
        "fluxpay.psp.stripe.connect-timeout=500ms",
        "fluxpay.psp.routing.tenants.tenant-failover=stripe,sandbox",
        "fluxpay.psp.routing.tenants.tenant-no-failover=sandbox,toss"})
@RealInfrastructure
@ContextConfiguration(initializers = SandboxPspInitializer.class)
public @interface PaymentServiceIT {
}
