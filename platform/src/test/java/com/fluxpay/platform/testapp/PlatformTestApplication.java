package com.fluxpay.platform.testapp;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The smallest service that uses the platform: one consumer whose behaviour the tests steer. */
@SpringBootApplication
public class PlatformTestApplication {
}
