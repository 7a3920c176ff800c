package org.campussms.it.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.campussms.devstack.EmbeddedMariaDb;
import org.campussms.devstack.LocalSignIn;
import org.campussms.devstack.WildFlyServer;
import org.campussms.devstack.carrier.FakeTwilio;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Starts what the server under test needs before Arquillian boots it: MariaDB and the sign-in provider, on the
 * ports it/pom.xml also hands to WildFly as MARIADB_URL and OIDC_PROVIDER_URL. One of each per test run.
 */
public class TestEnvironment implements LauncherSessionListener {

    private static EmbeddedMariaDb database;
    private static LocalSignIn signIn;
    private static FakeTwilio twilio;

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        if (database != null) {
            return;
        }
        Path dataDir = Path.of(property("it.data.dir"), "mariadb");
        try {
            WildFlyServer.deleteRecursively(dataDir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        database = EmbeddedMariaDb.start(Integer.parseInt(property("it.mariadb.port")), dataDir);
        System.out.println("Integration tests run against MariaDB " + database.version() + " at "
                + database.jdbcUrl());
        signIn = LocalSignIn.start(Integer.parseInt(property("it.signin.port")));
        twilio = FakeTwilio.start(Integer.parseInt(property("it.twilio.port")),
                baseUrl() + "/webhooks/twilio/inbound");
        if (!FakeTwilio.ACCOUNT_SID.equals(System.getenv("TWILIO_ACCOUNT_SID"))
                || !FakeTwilio.AUTH_TOKEN.equals(System.getenv("TWILIO_AUTH_TOKEN"))) {
            throw new IllegalStateException("it/pom.xml must hand the fake's account to the server");
        }
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        if (twilio != null) {
            twilio.close();
            twilio = null;
        }
        if (signIn != null) {
            signIn.close();
            signIn = null;
        }
        if (database != null) {
            database.close();
            database = null;
        }
    }

    public static EmbeddedMariaDb database() {
        return database;
    }

    public static LocalSignIn signIn() {
        return signIn;
    }

    public static FakeTwilio twilio() {
        return twilio;
    }

    public static String baseUrl() {
        return property("it.base-url");
    }

    static String property(String name) {
        String value = System.getProperty(name);
        if (value == null) {
            throw new IllegalStateException("System property " + name + " is not set; run through Maven (it/pom.xml)");
        }
        return value;
    }
}
