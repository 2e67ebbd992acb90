package com.fluxpay.localstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Command-line options of the local stack; a port of 0 means "pick a free one". */
record LocalStackOptions(Path dir, Path stateFile, int kafkaPort, int postgresPort, int redisPort, int pspPort,
                         Optional<Path> pspFiles, int pspJournal, Optional<Long> parentPid, boolean durable) {

    static final String USAGE = """
            usage: java -jar local-stack-exec.jar [--dir DIR] [--state-file FILE]
                   [--kafka-port N] [--postgres-port N] [--redis-port N] [--psp-port N]
                   [--psp-files DIR] [--psp-journal N] [--watch-parent PID] [--fast]
              ports default to 0 (a free port); --psp-journal: requests the sandbox PSP keeps (default 1000,
              0: none); --fast turns off fsync (tests only)""";

    static LocalStackOptions parse(String[] args) throws IOException {
        Path dir = null;
        Path stateFile = null;
        int kafka = 0, postgres = 0, redis = 0, psp = 0;
        Optional<Path> pspFiles = Optional.empty();
        int pspJournal = SandboxPspServer.JOURNAL_ENTRIES;
        Optional<Long> parent = Optional.empty();
        boolean durable = true;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            switch (arg) {
                case "--dir" -> dir = Path.of(value(args, ++i, arg));
                case "--state-file" -> stateFile = Path.of(value(args, ++i, arg));
                case "--kafka-port" -> kafka = port(value(args, ++i, arg));
                case "--postgres-port" -> postgres = port(value(args, ++i, arg));
                case "--redis-port" -> redis = port(value(args, ++i, arg));
                case "--psp-port" -> psp = port(value(args, ++i, arg));
                case "--psp-files" -> pspFiles = Optional.of(Path.of(value(args, ++i, arg)));
                case "--psp-journal" -> pspJournal = Integer.parseInt(value(args, ++i, arg));
                case "--watch-parent" -> parent = Optional.of(Long.parseLong(value(args, ++i, arg)));
                case "--fast" -> durable = false;
                default -> throw new IllegalArgumentException("unknown option " + arg);
            }
        }
        if (dir == null) {
            dir = Files.createTempDirectory("fluxpay-local-stack");
        }
        if (stateFile == null) {
            stateFile = dir.resolve("local-stack.properties");
        }
        return new LocalStackOptions(dir, stateFile, freeIfZero(kafka), freeIfZero(postgres), freeIfZero(redis),
                freeIfZero(psp), pspFiles, pspJournal, parent, durable);
    }

    private static String value(String[] args, int i, String option) {
        if (i >= args.length) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args[i];
    }

    private static int port(String text) {
        int port = Integer.parseInt(text);
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("not a port: " + text);
        }
        if (port != 0 && !isFree(port)) {
            throw new IllegalArgumentException("port " + port + " is already taken on 127.0.0.1");
        }
        return port;
    }

    static int freeIfZero(int port) {
        if (port != 0) {
            return port;
        }
        try (var socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean isFree(int port) {
        try (var socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
