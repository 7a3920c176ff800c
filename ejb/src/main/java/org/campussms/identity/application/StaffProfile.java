package org.campussms.identity.application;

import java.util.List;

/**
 * The signed-in staff user as the API shows them.
 */
public record StaffProfile(long id, String subject, String displayName, String email, List<String> roles) {

    public boolean institutionAdmin() {
        return roles.contains(Roles.ADMIN);
    }
}
