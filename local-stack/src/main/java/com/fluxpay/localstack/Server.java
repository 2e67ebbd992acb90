package com.fluxpay.localstack;

import java.util.Map;

/** One real server of the local stack. */
interface Server {

    String name();

    void start() throws Exception;

    void stop() throws Exception;

    /** What clients need to reach this server, as state-file properties. */
    Map<String, String> endpoints();
}
