package com.fluxpay.localstack;

import java.util.Map;

/** Redis from the binary shipped inside the embedded-redis Maven artifact. */
final class RedisServer implements Server {

    private final int port;
    private redis.embedded.RedisServer server;

    RedisServer(int port) {
        this.port = port;
    }

    @Override
    public String name() {
        return "redis";
    }

    @Override
    public void start() throws Exception {
        server = redis.embedded.RedisServer.newRedisServer()
                .port(port)
                .bind("127.0.0.1")
                .setting("save \"\"")
                .setting("appendonly no")
                .setting("maxmemory 512mb")
                .build();
        server.start();
    }

    @Override
    public void stop() throws Exception {
        if (server != null) {
            server.stop();
        }
    }

    @Override
    public Map<String, String> endpoints() {
        return Map.of("redis.url", "redis://127.0.0.1:" + port);
    }
}
