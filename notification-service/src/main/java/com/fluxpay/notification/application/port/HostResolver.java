package com.fluxpay.notification.application.port;

import java.net.InetAddress;
import java.util.List;

/** DNS. Empty when the host does not resolve. */
public interface HostResolver {

    List<InetAddress> resolve(String host);
}
