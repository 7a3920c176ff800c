package org.campussms.it.support;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.campussms.devstack.LocalSignIn;
import org.campussms.devstack.LocalSignIn.StaffLogin;

/**
 * Signed tokens from the local sign-in provider, for users each test makes up so no test sees another's data.
 */
public final class Tokens {

    private Tokens() {
    }

    /** A staff user nobody else uses. */
    public static StaffLogin newStaff(String name) {
        String subject = "staff-" + UUID.randomUUID();
        return new StaffLogin(subject, name, subject + "@example.edu", List.of("staff"));
    }

    public static String tokenFor(StaffLogin login) {
        return TestEnvironment.signIn().issueToken(login);
    }

    /** A token obtained over HTTP with the client-credentials grant, exactly as the README shows. */
    public static String fromTokenEndpoint(String clientId) {
        Http.Response response = Http.postForm(TestEnvironment.signIn().tokenEndpoint(),
                Map.of("grant_type", "client_credentials", "client_id", clientId, "client_secret", "local"),
                Map.of());
        if (response.status() != 200) {
            throw new AssertionError("Token endpoint answered " + response.status() + ": " + response.body());
        }
        return response.json().get("access_token").asString();
    }

    public static StaffLogin demo(String clientId) {
        return LocalSignIn.DEMO_USERS.stream().filter(u -> u.subject().equals(clientId)).findFirst().orElseThrow();
    }
}
