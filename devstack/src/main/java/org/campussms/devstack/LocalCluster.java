package org.campussms.devstack;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Nodes of a cluster on this machine, each a WildFly on wildfly-config's cluster configuration with its own base
 * directory, name and ports (node n adds {@code firstOffset + (n - 1) * 200} to every port), and HAProxy in front of
 * them.
 */
public final class LocalCluster implements AutoCloseable {

    /** Between two nodes' ports: clears the sign-in provider (8180) and the carrier fake (8190) after 8080. */
    public static final int PORT_STEP = 200;
    public static final int BALANCER_PORT = 8000;
    private static final int HTTP_PORT = 8080;
    private static final int CLUSTER_PORT = 7600;
    /** The brokers' password to each other; the local cluster's own, never a production one. */
    private static final String LOCAL_CLUSTER_PASSWORD = "local-cluster-only";

    private final List<WildFlyServer> nodes;
    private final LocalBalancer balancer;
    private final int firstOffset;
    private final Launch launch;
    /** The directory each node last ran on: its own, or a stand-in's. */
    private final List<Path> baseDirs = new ArrayList<>();

    /** What a node is started with, to start it again. */
    private record Launch(Path home, Path runDir, Path ear, List<Map<String, String>> nodeEnvs) {
    }

    private LocalCluster(List<WildFlyServer> nodes, LocalBalancer balancer, int firstOffset, Launch launch) {
        this.nodes = nodes;
        this.balancer = balancer;
        this.firstOffset = firstOffset;
        this.launch = launch;
        for (int n = 1; n <= nodes.size(); n++) {
            baseDirs.add(launch.runDir().resolve(nodeName(n)));
        }
    }

    /** The run command's balancer address: the one PUBLIC_BASE_URL names on every node. */
    public static String balancerUrl() {
        return "http://localhost:" + BALANCER_PORT;
    }

    /** The HTTP port of node {@code n} (from 1) of the run command's cluster. */
    public static int httpPort(int n) {
        return httpPort(0, n);
    }

    private static int httpPort(int firstOffset, int n) {
        return HTTP_PORT + firstOffset + (n - 1) * PORT_STEP;
    }

    /** The address of node {@code n} (from 1). */
    public String nodeUrl(int n) {
        return "http://localhost:" + httpPort(firstOffset, n);
    }

    /**
     * Starts {@code size} nodes one after the other (the first migrates the database) and the balancer.
     *
     * @param env what every node is given (database, sign-in, carrier...); each node adds its name and the members
     */
    public static LocalCluster start(Path home, Path runDir, WildFlyServer.Previous previous, Path ear,
            Map<String, String> env, int size) {
        return start(home, runDir, previous, ear, env, size, 0, BALANCER_PORT);
    }

    /**
     * The same with every node's ports moved by {@code firstOffset} more and the balancer on {@code balancerPort}
     * (tests, beside a run command's cluster).
     */
    public static LocalCluster start(Path home, Path runDir, WildFlyServer.Previous previous, Path ear,
            Map<String, String> env, int size, int firstOffset, int balancerPort) {
        List<String> members = new ArrayList<>();
        for (int n = 1; n <= size; n++) {
            members.add("127.0.0.1[" + (CLUSTER_PORT + firstOffset + (n - 1) * PORT_STEP) + "]");
        }
        List<Map<String, String>> nodeEnvs = new ArrayList<>();
        for (int n = 1; n <= size; n++) {
            Map<String, String> nodeEnv = new HashMap<>(env);
            nodeEnv.put("NODE_NAME", nodeName(n));
            nodeEnv.put("CLUSTER_MEMBERS", String.join(",", members));
            nodeEnv.putIfAbsent("CLUSTER_PASSWORD", LOCAL_CLUSTER_PASSWORD);
            nodeEnvs.add(Map.copyOf(nodeEnv));
        }
        Launch launch = new Launch(home, runDir, ear, nodeEnvs);
        List<WildFlyServer> nodes = new ArrayList<>();
        LocalBalancer balancer = null;
        try {
            for (int n = 1; n <= size; n++) {
                nodes.add(startNode(launch, n, runDir.resolve(nodeName(n)), previous, firstOffset));
            }
            List<Integer> httpPorts = new ArrayList<>();
            for (int n = 1; n <= size; n++) {
                httpPorts.add(httpPort(firstOffset, n));
            }
            balancer = LocalBalancer.start(balancerPort, httpPorts, runDir.resolve("balancer"));
            return new LocalCluster(nodes, balancer, firstOffset, launch);
        } catch (RuntimeException e) {
            new LocalCluster(nodes, balancer, firstOffset, launch).close();
            throw e;
        }
    }

    private static WildFlyServer startNode(Launch launch, int n, Path baseDir, WildFlyServer.Previous previous,
            int firstOffset) {
        return WildFlyServer.start(launch.home(), configuration(), baseDir, previous, launch.ear(),
                launch.nodeEnvs().get(n - 1), firstOffset + (n - 1) * PORT_STEP);
    }

    /**
     * The nodes' configuration: their members a fixed list (TCPPING), or, with
     * {@code -Dcampus.cluster.discovery=jdbc-ping}, found in the transaction log's database (JDBC_PING).
     */
    private static String configuration() {
        String discovery = System.getProperty("campus.cluster.discovery", "tcpping");
        return switch (discovery) {
            case "tcpping" -> WildFlyServer.CLUSTER_NODE;
            case "jdbc-ping" -> WildFlyServer.CLUSTER_NODE_JDBC_PING;
            default -> throw new IllegalArgumentException("campus.cluster.discovery is tcpping or jdbc-ping, not "
                    + discovery);
        };
    }

    /** SIGKILL to node {@code n}'s JVM: no shutdown hooks, no flush, as when its machine dies. */
    public void kill(int n) throws InterruptedException {
        node(n).process().destroyForcibly().waitFor();
    }

    /** Stops node {@code n} as an operator does (SIGTERM: WildFly's graceful shutdown). */
    public void stop(int n) {
        node(n).close();
    }

    /** Starts node {@code n} again on the data it left (its broker's journal, its logs). */
    public WildFlyServer restart(int n) {
        WildFlyServer node = startNode(launch, n, baseDirs.get(n - 1), WildFlyServer.Previous.RESUMED, firstOffset);
        nodes.set(n - 1, node);
        return node;
    }

    /**
     * Starts a stand-in for node {@code n} on another, empty directory, with the node's name and ports: what an
     * operator does when the node's machine is gone. Its transaction identity is the node's, so it recovers the
     * node's in-doubt transactions from the shared object store; what the node's broker held is gone with it.
     */
    public WildFlyServer standIn(int n) {
        Path standIn = launch.runDir().resolve(nodeName(n) + "-stand-in");
        WildFlyServer node = startNode(launch, n, standIn, WildFlyServer.Previous.DISCARDED, firstOffset);
        nodes.set(n - 1, node);
        baseDirs.set(n - 1, standIn);
        return node;
    }

    public static String nodeName(int n) {
        return "node" + n;
    }

    /** Node {@code n} (from 1). */
    public WildFlyServer node(int n) {
        return nodes.get(n - 1);
    }

    public List<WildFlyServer> nodes() {
        return List.copyOf(nodes);
    }

    public int size() {
        return nodes.size();
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
