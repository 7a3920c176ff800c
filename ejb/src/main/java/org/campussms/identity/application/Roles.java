package org.campussms.identity.application;

/**
 * Role names the SSO puts in the token and the web descriptor requires.
 */
public final class Roles {

    /** Every user of the application: may sign in and use the pools they are members of. */
    public static final String STAFF = "staff";
    /** Institution admin: manages pools and sees all SMS traffic. */
    public static final String ADMIN = "admin";

    private Roles() {
    }
}
