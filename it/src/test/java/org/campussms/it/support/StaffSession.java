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

    /** A demo user of the local sign-in page, signed in on the server at {@code baseUrl} (a cluster's balancer). */
    public static StaffSession demoAt(String baseUrl, StaffLogin login) {
        return signIn(baseUrl, login);
    }

    /** A staff user signed in on the server at {@code baseUrl} (a node of a cluster). */
    public static StaffSession staffAt(String baseUrl, String name) {
        return signIn(baseUrl, newLogin(name, List.of("staff")));
    }

    /** An institution admin signed in on the server at {@code baseUrl} (a node of a cluster). */
    public static StaffSession institutionAdminAt(String baseUrl, String name) {
        return signIn(baseUrl, newLogin(name, List.of("staff", "admin")));
    }

    private static StaffSession signIn(String name, List<String> roles) {
        return signIn(newLogin(name, roles));
    }

    private static StaffLogin newLogin(String name, List<String> roles) {
        String subject = "user-" + UUID.randomUUID();
        return new StaffLogin(subject, name, subject + "@example.edu", roles);
    }

    private static StaffSession signIn(StaffLogin login) {
        return signIn(TestEnvironment.baseUrl(), login);
    }

    private static StaffSession signIn(String baseUrl, StaffLogin login) {
        String name = login.name();
        String token = Tokens.tokenFor(login);
        Http.Response me = new CampusApi(token).at(baseUrl).me().response();
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
