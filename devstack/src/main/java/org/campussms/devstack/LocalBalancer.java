package org.campussms.devstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;

/**
 * HAProxy, Debian's package, in front of the nodes of a local cluster: requests go to the node with the fewest open
 * connections, with no stickiness; a node whose readiness check fails three times in a row (2 s apart) gets nothing
 * until it passes twice, and its websockets are closed so their browsers reconnect to another node.
 */
public final class LocalBalancer implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(LocalBalancer.class.getName());
    private static final Path HAPROXY = Path.of("/usr/sbin/haproxy");
    private static final Duration READY_TIMEOUT = Duration.ofSeconds(30);

    private final Process process;
    private final int port;

    private LocalBalancer(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    /**
     * Starts HAProxy on {@code port}, balancing over the nodes' HTTP ports on this machine, and returns once some node
     * answers through it.
     */
    public static LocalBalancer start(int port, List<Integer> nodePorts, Path runDir) {
        if (!Files.isExecutable(HAPROXY)) {
            throw new IllegalStateException(HAPROXY + " is missing: install Debian's haproxy package "
                    + "(apt-get install haproxy)");
        }
        try {
            Files.createDirectories(runDir);
            Path config = runDir.resolve("haproxy.cfg");
            Files.writeString(config, config(port, nodePorts));
            // -db: in the foreground, logging to stdout, so the process is ours to stop.
            Process process = new ProcessBuilder(HAPROXY.toString(), "-db", "-f", config.toString())
                    .redirectErrorStream(true).redirectOutput(runDir.resolve("haproxy.log").toFile()).start();
            LocalBalancer balancer = new LocalBalancer(process, port);
            balancer.awaitAnswer();
            return balancer;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String config(int port, List<Integer> nodePorts) {
        StringBuilder out = new StringBuilder("""
                global
                    maxconn 4096
                defaults
                    mode http
                    option forwardfor
                    # A connection refused by one node is retried on another.
                    option redispatch
                    retries 2
                    timeout connect 3s
                    timeout http-request 15s
                    timeout client 60s
                    timeout server 60s
                    # After "101 Switching Protocols": a websocket is idle between pings for up to a minute.
                    timeout tunnel 1h
                frontend campus
                """);
        out.append("    bind 127.0.0.1:").append(port).append('\n').append("""
                    default_backend nodes
                backend nodes
                    balance leastconn
                    option httpchk
                    http-check send meth GET uri /health/ready ver HTTP/1.1 hdr Host localhost
                    http-check expect status 200
                    default-server inter 2s fall 3 rise 2 on-marked-down shutdown-sessions
                """);
        for (int i = 0; i < nodePorts.size(); i++) {
            out.append("    server node").append(i + 1).append(" 127.0.0.1:").append(nodePorts.get(i))
                    .append(" check\n");
        }
        return out.toString();
    }

    /** CPU milliseconds HAProxy has used so far, or -1 when unknown. */
    public long cpuMillis() {
        return ProcStatus.cpuMillis(process.pid());
    }

    public String baseUrl() {
        return "http://localhost:" + port;
    }

    private void awaitAnswer() {
        Instant deadline = Instant.now().plus(READY_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("HAProxy exited with code " + process.exitValue());
            }
            try {
                HttpURLConnection connection = (HttpURLConnection) URI.create(baseUrl() + "/health/ready").toURL()
                        .openConnection();
                connection.setConnectTimeout(1000);
                connection.setReadTimeout(5000);
                if (connection.getResponseCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // Not listening yet, or no node passed its check yet.
            }
            pause();
        }
        close();
        throw new IllegalStateException("No node answered through HAProxy within " + READY_TIMEOUT);
    }

    private static void pause() {
        try {
            Thread.sleep(250);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        }
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                LOG.warning("HAProxy did not stop in 10 s; killing it");
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }
}
