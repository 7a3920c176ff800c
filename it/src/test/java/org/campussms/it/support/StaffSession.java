package org.campussms.it.support;

import java.util.List;
import java.util.UUID;
import org.campussms.devstack.LocalSignIn.StaffLogin;

/**
 * A signed-in staff user of a test: their token, their id, and the API as they call it.
 */
public record StaffSession(StaffLogin login, String token, String id) {

    public static StaffSession staff(String name) {
        return signIn(name, List.of("staff"));
    }

    public static StaffSession institutionAdmin(String name) {
        return signIn(name, List.of("staff", "admin"));
    }

    /** A demo user of the local sign-in page (browser tests sign in as them too). */
    public static StaffSession demo(StaffLogin login) {
        return signIn(login);
    }

    private static StaffSession signIn(String name, List<String> roles) {
        String subject = "user-" + UUID.randomUUID();
        return signIn(new StaffLogin(subject, name, subject + "@example.edu", roles));
    }

    private static StaffSession signIn(StaffLogin login) {
        String name = login.name();
        String token = Tokens.tokenFor(login);
        Http.Response me = new CampusApi(token).me().response();
        if (me.status() != 200 || me.json().at("/data/me/id").isMissingNode()) {
            throw new AssertionError("Sign-in of " + name + " failed: " + me.body());
        }
        return new StaffSession(login, token, me.json().at("/data/me/id").asString());
    }

    /** The GraphQL operations, called as this user. */
    public CampusApi api() {
        return new CampusApi(token);
    }

    /** A ticket that lets this user's subscriptions act as them. */
    public String subscriptionTicket() {
        return api().subscriptionTicket().data().asString();
    }
}
