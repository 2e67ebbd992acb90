package com.fluxpay.notification.adapter.out.dns;

import com.fluxpay.notification.application.port.HostResolver;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;

/** The JVM's resolver (which caches answers for a short time). */
public class SystemHostResolver implements HostResolver {

    @Override
    public List<InetAddress> resolve(String host) {
        try {
            return List.of(InetAddress.getAllByName(host));
        } catch (UnknownHostException e) {
            return List.of();
        }
    }
}
