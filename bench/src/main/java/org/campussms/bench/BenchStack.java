package org.campussms.bench;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.campussms.devstack.EmbeddedMariaDb;
import org.campussms.devstack.LocalSignIn;
import org.campussms.devstack.WildFlyServer;
import org.campussms.devstack.carrier.FakeTwilio;

/**
 * What a benchmark runs against: its own MariaDB, sign-in provider, carrier fake and WildFly with the EAR (HTTP on
 * {@value #HTTP_PORT}), in a fresh directory. Closing it stops all of them.
 */
final class BenchStack implements AutoCloseable {

    static final int PORT_OFFSET = 2000;
    static final int HTTP_PORT = 8080 + PORT_OFFSET;
    static final String BASE_URL = "http://localhost:" + HTTP_PORT;

    final EmbeddedMariaDb db;
    final LocalSignIn signIn;
    final FakeTwilio fake;
    final WildFlyServer server;

    private BenchStack(EmbeddedMariaDb db, LocalSignIn signIn, FakeTwilio fake, WildFlyServer server) {
        this.db = db;
        this.signIn = signIn;
        this.fake = fake;
        this.server = server;
    }

    static BenchStack start() throws Exception {
        Path dir = Path.of(System.getProperty("bench.dir", "target/bench"));
        WildFlyServer.deleteRecursively(dir);
        EmbeddedMariaDb db = EmbeddedMariaDb.start(33306, dir.resolve("mariadb"));
        LocalSignIn signIn = null;
        FakeTwilio fake = null;
        try {
            signIn = LocalSignIn.start(10180);
            fake = FakeTwilio.start(10190, BASE_URL + "/webhooks/twilio/inbound");
            return new BenchStack(db, signIn, fake, server(db, signIn, fake, dir));
        } catch (RuntimeException e) {
            if (fake != null) {
                fake.close();
            }
            if (signIn != null) {
                signIn.close();
            }
            db.close();
            throw e;
        }
    }

    private static WildFlyServer server(EmbeddedMariaDb db, LocalSignIn signIn, FakeTwilio fake, Path dir) {
        Map<String, String> env = new HashMap<>();
        env.put("MARIADB_URL", db.jdbcUrl());
        env.put("MARIADB_USER", EmbeddedMariaDb.USER);
        env.put("MARIADB_PASSWORD", EmbeddedMariaDb.PASSWORD);
        env.put("OIDC_PROVIDER_URL", signIn.issuerUrl());
        env.put("PUBLIC_BASE_URL", BASE_URL);
        env.put("TWILIO_ACCOUNT_SID", FakeTwilio.ACCOUNT_SID);
        env.put("TWILIO_AUTH_TOKEN", FakeTwilio.AUTH_TOKEN);
        env.put("TWILIO_API_BASE", fake.baseUrl());
        return WildFlyServer.start(Path.of(System.getProperty("campus.wildfly.home")), dir.resolve("standalone"),
                Path.of(System.getProperty("campus.ear")), env, PORT_OFFSET);
    }

    @Override
    public void close() {
        server.close();
        fake.close();
        signIn.close();
        db.close();
    }
}
