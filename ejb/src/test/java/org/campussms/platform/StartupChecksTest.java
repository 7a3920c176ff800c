package org.campussms.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.campussms.platform.StartupChecks.Allowed;
import org.campussms.platform.StartupChecks.Configured;
import org.junit.jupiter.api.Test;

class StartupChecksTest {

    private static final String SID = "AC0123456789abcdef0123456789abcdef";
    private static final String TOKEN = "a-real-auth-token";

    /** A production server set up as it should be: nothing to say. */
    private static Configured safe() {
        return new Configured(SID, TOKEN, null, "https://sso.example.edu/realms/campus", true, "s3cret-for-campus",
                Allowed.NOTHING);
    }

    private static List<String> problems(Configured configured) {
        return StartupChecks.problems(configured);
    }

    @Test
    void aSafeProductionServerStarts() {
        assertEquals(List.of(), problems(safe()));
        assertEquals(List.of(), problems(new Configured(SID, TOKEN, "https://api.twilio.com/", safe().oidcIssuer(),
                true, "s3cret-for-campus", Allowed.NOTHING)), "Twilio's own API base, written out");
    }

    @Test
    void withoutATwilioAccountItDoesNotStart() {
        List<String> problems = problems(new Configured(null, " ", null, safe().oidcIssuer(), true, "s3cret",
                Allowed.NOTHING));

        assertEquals(1, problems.size());
        assertTrue(problems.get(0).contains("TWILIO_ACCOUNT_SID and TWILIO_AUTH_TOKEN must be set"));
    }

    @Test
    void theCarrierFakesPublishedTokenIsRefusedUnlessAllowedByName() {
        Configured fake = new Configured(SID, "fake-twilio-auth-token-0123456789", null, safe().oidcIssuer(), true,
                "s3cret", Allowed.NOTHING);
        Configured fakeSid = new Configured("AC" + "fa4e".repeat(8), TOKEN, null, safe().oidcIssuer(), true,
                "s3cret", Allowed.NOTHING);

        assertTrue(problems(fake).get(0).contains("ALLOW_FAKE_TWILIO_CREDENTIALS"), problems(fake).toString());
        assertEquals(1, problems(fakeSid).size());
        assertEquals(List.of(), problems(new Configured(SID, fake.twilioAuthToken(), null, safe().oidcIssuer(), true,
                "s3cret", new Allowed(true, false, false, false))));
    }

    @Test
    void anApiBaseOtherThanTwiliosIsRefusedUnlessAllowedByName() {
        Configured elsewhere = new Configured(SID, TOKEN, "http://127.0.0.1:8190", safe().oidcIssuer(), true,
                "s3cret", Allowed.NOTHING);

        assertTrue(problems(elsewhere).get(0).contains("ALLOW_OTHER_TWILIO_API_BASE"));
        assertEquals(List.of(), problems(new Configured(SID, TOKEN, "http://127.0.0.1:8190", safe().oidcIssuer(),
                true, "s3cret", new Allowed(false, true, false, false))));
    }

    @Test
    void aSignInProviderOverPlainHttpIsRefusedUnlessAllowedByName() {
        Configured http = new Configured(SID, TOKEN, null, "http://localhost:8180/campus", true, "s3cret",
                Allowed.NOTHING);

        assertTrue(problems(http).get(0).contains("OIDC_PROVIDER_URL must be https://"));
        assertEquals(List.of(), problems(new Configured(SID, TOKEN, null, "http://localhost:8180/campus", true,
                "s3cret", new Allowed(false, false, true, false))));
    }

    @Test
    void mailWithoutTlsIsRefusedUnlessAllowedByName() {
        Configured plain = new Configured(SID, TOKEN, null, safe().oidcIssuer(), false, "s3cret", Allowed.NOTHING);

        assertTrue(problems(plain).get(0).contains("SMTP_TLS must be true"));
        assertEquals(List.of(), problems(new Configured(SID, TOKEN, null, safe().oidcIssuer(), false, "s3cret",
                new Allowed(false, false, false, true))));
    }

    @Test
    void theDefaultOrAMissingDatabasePasswordIsRefusedWhateverIsAllowed() {
        Allowed everything = new Allowed(true, true, true, true);
        for (String password : new String[] {null, " ", "campus"}) {
            List<String> problems = problems(new Configured(SID, TOKEN, null, safe().oidcIssuer(), true, password,
                    everything));
            assertEquals(1, problems.size(), String.valueOf(password));
            assertTrue(problems.get(0).startsWith("MARIADB_PASSWORD must be set"));
        }
    }

    @Test
    void everyProblemIsSaidAtOnce() {
        assertEquals(5, problems(new Configured(SID, "fake-twilio-auth-token-0123456789", "http://fake",
                "http://sso", false, "campus", Allowed.NOTHING)).size());
    }

    @Test
    void onlyDevelopmentAndTestAreNotProduction() {
        String before = System.getProperty("campus.environment");
        try {
            for (String production : new String[] {"production", "prod", "local", "Development", "staging"}) {
                System.setProperty("campus.environment", production);
                assertTrue(new Settings().isProduction(), production);
                assertFalse(new Settings().isDevelopment(), production);
            }
            System.setProperty("campus.environment", "development");
            assertFalse(new Settings().isProduction());
            assertTrue(new Settings().isDevelopment());
            System.setProperty("campus.environment", "test");
            assertFalse(new Settings().isProduction());
            assertFalse(new Settings().isDevelopment());
            System.clearProperty("campus.environment");
            assertTrue(new Settings().isProduction(), "unset is production");
        } finally {
            if (before == null) {
                System.clearProperty("campus.environment");
            } else {
                System.setProperty("campus.environment", before);
            }
        }
    }
}
