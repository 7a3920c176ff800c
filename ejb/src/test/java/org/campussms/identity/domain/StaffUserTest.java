package org.campussms.identity.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class StaffUserTest {

    private static final Instant T0 = Instant.parse("2026-11-23T10:00:00Z");

    @Test
    void aUserWithoutANameClaimIsShownByTheirSubject() {
        StaffUser user = new StaffUser("https://sso.example.edu", "u123", " ", "", T0);

        assertEquals("u123", user.getDisplayName());
        assertNull(user.getEmail());
    }

    @Test
    void signInRefreshesNameAndEmail() {
        StaffUser user = new StaffUser("https://sso.example.edu", "u123", "Old Name", "old@example.edu", T0);

        user.signedIn(" New Name ", "new@example.edu", T0.plusSeconds(5));

        assertEquals("New Name", user.getDisplayName());
        assertEquals("new@example.edu", user.getEmail());
    }

    @Test
    void theSignInTimeMovesOnlyByTheMinute() {
        StaffUser user = new StaffUser("https://sso.example.edu", "u123", "Name", null, T0);

        user.signedIn("Name", null, T0.plusSeconds(30));
        assertEquals(T0, user.getLastSignInAt());

        user.signedIn("Name", null, T0.plusSeconds(61));
        assertEquals(T0.plusSeconds(61), user.getLastSignInAt());
    }

    @Test
    void issuerAndSubjectAreRequired() {
        assertThrows(IllegalArgumentException.class, () -> new StaffUser("", "u1", "n", null, T0));
        assertThrows(IllegalArgumentException.class, () -> new StaffUser("iss", null, "n", null, T0));
    }
}
