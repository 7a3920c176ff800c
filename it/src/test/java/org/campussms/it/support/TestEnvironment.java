package org.campussms.it.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.campussms.devstack.EmbeddedMariaDb;
import org.campussms.devstack.LocalMail;
import org.campussms.devstack.LocalSignIn;
import org.campussms.devstack.WildFlyServer;
import org.campussms.devstack.carrier.FakeTwilio;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Starts what the server under test needs before Arquillian boots it: MariaDB, the sign-in provider, the carrier
 * fake and the mail catcher, on the ports it/pom.xml also hands to WildFly (MARIADB_URL, OIDC_PROVIDER_URL,
 * TWILIO_API_BASE, SMTP_PORT). One of each per test run.
 */
public class TestEnvironment implements LauncherSessionListener {

    private static EmbeddedMariaDb database;
    private static LocalSignIn signIn;
    private static FakeTwilio twilio;
    private static LocalMail mail;

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
                + database.jdbcUrl() + "; the server logs to " + property("it.server.log") + ", the test services to "
                + Path.of("target", "test-services.log").toAbsolutePath());
        signIn = LocalSignIn.start(Integer.parseInt(property("it.signin.port")));
        twilio = FakeTwilio.start(Integer.parseInt(property("it.twilio.port")),
                baseUrl() + "/webhooks/twilio/inbound");
        if (!FakeTwilio.ACCOUNT_SID.equals(System.getenv("TWILIO_ACCOUNT_SID"))
                || !FakeTwilio.AUTH_TOKEN.equals(System.getenv("TWILIO_AUTH_TOKEN"))) {
            throw new IllegalStateException("it/pom.xml must hand the fake's account to the server");
        }
        mail = LocalMail.start(Integer.parseInt(property("it.smtp.port")), Integer.parseInt(property("it.imap.port")),
                0);
        if (!String.valueOf(mail.smtpPort()).equals(System.getenv("SMTP_PORT"))) {
            throw new IllegalStateException("it/pom.xml must hand the mail catcher's port to the server");
        }
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        if (mail != null) {
            mail.close();
            mail = null;
        }
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

    public static LocalMail mail() {
        return mail;
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
