package org.campussms.devstack;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Nodes of a cluster on this machine, each a WildFly on wildfly-config's cluster configuration with its own base
 * directory, name and ports (node n adds {@code (n - 1) * 200} to every port), and HAProxy in front of them.
 */
public final class LocalCluster implements AutoCloseable {

    /** Between two nodes' ports: clears the sign-in provider (8180) and the carrier fake (8190) beside node 1's 8080. */
    public static final int PORT_STEP = 200;
    public static final int BALANCER_PORT = 8000;
    private static final int HTTP_PORT = 8080;
    private static final int CLUSTER_PORT = 7600;
    /** The brokers' password to each other; the local cluster's own, never a production one. */
    private static final String LOCAL_CLUSTER_PASSWORD = "local-cluster-only";

    private final List<WildFlyServer> nodes;
    private final LocalBalancer balancer;

    private LocalCluster(List<WildFlyServer> nodes, LocalBalancer balancer) {
        this.nodes = nodes;
        this.balancer = balancer;
    }

    /** The balancer's address: the one PUBLIC_BASE_URL names on every node. */
    public static String balancerUrl() {
        return "http://localhost:" + BALANCER_PORT;
    }

    /** The HTTP port of node {@code n} (from 1). */
    public static int httpPort(int n) {
        return HTTP_PORT + (n - 1) * PORT_STEP;
    }

    /**
     * Starts {@code size} nodes one after the other (the first migrates the database) and the balancer.
     *
     * @param env what every node is given (database, sign-in, carrier...); each node adds its name and the members
     */
    public static LocalCluster start(Path home, Path runDir, WildFlyServer.Previous previous, Path ear,
            Map<String, String> env, int size) {
        List<String> members = new ArrayList<>();
        for (int n = 1; n <= size; n++) {
            members.add("127.0.0.1[" + (CLUSTER_PORT + (n - 1) * PORT_STEP) + "]");
        }
        List<WildFlyServer> nodes = new ArrayList<>();
        LocalBalancer balancer = null;
        try {
            for (int n = 1; n <= size; n++) {
                Map<String, String> nodeEnv = new HashMap<>(env);
                nodeEnv.put("NODE_NAME", nodeName(n));
                nodeEnv.put("CLUSTER_MEMBERS", String.join(",", members));
                nodeEnv.putIfAbsent("CLUSTER_PASSWORD", LOCAL_CLUSTER_PASSWORD);
                nodes.add(WildFlyServer.start(home, WildFlyServer.CLUSTER_NODE, runDir.resolve(nodeName(n)), previous,
                        ear, nodeEnv, (n - 1) * PORT_STEP));
            }
            balancer = LocalBalancer.start(BALANCER_PORT, httpPorts(size), runDir.resolve("balancer"));
            return new LocalCluster(nodes, balancer);
        } catch (RuntimeException e) {
            new LocalCluster(nodes, balancer).close();
            throw e;
        }
    }

    public static String nodeName(int n) {
        return "node" + n;
    }

    private static List<Integer> httpPorts(int size) {
        List<Integer> ports = new ArrayList<>();
        for (int n = 1; n <= size; n++) {
            ports.add(httpPort(n));
        }
        return ports;
    }

    /** Node {@code n} (from 1). */
    public WildFlyServer node(int n) {
        return nodes.get(n - 1);
    }

    public List<WildFlyServer> nodes() {
        return List.copyOf(nodes);
    }

    public LocalBalancer balancer() {
        return balancer;
    }

    /** Stops the balancer, then the nodes, the last started first. */
    @Override
    public void close() {
        if (balancer != null) {
            balancer.close();
        }
        for (int i = nodes.size() - 1; i >= 0; i--) {
            nodes.get(i).close();
        }
    }
}
