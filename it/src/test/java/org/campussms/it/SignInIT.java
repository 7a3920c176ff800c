package org.campussms.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Base64;
import java.util.List;
import org.campussms.devstack.LocalSignIn.StaffLogin;
import org.campussms.it.support.CampusApi;
import org.campussms.it.support.Deployments;
import org.campussms.it.support.Http;
import org.campussms.it.support.TestEnvironment;
import org.campussms.it.support.Tokens;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;

/**
 * Signing in with the institution's tokens: who is let in, and what is stored of them.
 */
@ExtendWith(ArquillianExtension.class)
class SignInIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.campusSms();
    }

    @Test
    void meAnswersWithTheSignedInStaffUserAndRecordsThem() throws Exception {
        StaffLogin dana = Tokens.newStaff("Dana Advisor");

        Http.Response response = new CampusApi(Tokens.tokenFor(dana)).me().response();

        assertEquals(200, response.status(), response.body());
        JsonNode me = response.json().at("/data/me");
        assertEquals(dana.subject(), me.get("subject").asString(), response.body());
        assertEquals("Dana Advisor", me.get("name").asString());
        assertEquals(dana.email(), me.get("email").asString());
        assertEquals("[\"staff\"]", me.get("roles").toString());
        try (Connection db = TestEnvironment.database().connect();
             PreparedStatement query = db.prepareStatement(
                     "select display_name, email, issuer from staff_user where subject = ?")) {
            query.setString(1, dana.subject());
            try (ResultSet row = query.executeQuery()) {
                assertTrue(row.next(), "the staff user is stored on first sign-in");
                assertEquals("Dana Advisor", row.getString(1));
                assertEquals(TestEnvironment.signIn().issuerUrl(), row.getString(3));
                assertFalse(row.next());
            }
        }
    }

    @Test
    void aSecondSignInRefreshesTheProfileInsteadOfCreatingAnotherUser() {
        StaffLogin before = Tokens.newStaff("Sam Old Name");
        StaffLogin after = new StaffLogin(before.subject(), "Sam New Name", before.email(), before.roles());

        String firstId = new CampusApi(Tokens.tokenFor(before)).me().data().get("id").asString();
        JsonNode me = new CampusApi(Tokens.tokenFor(after)).me().data();

        assertEquals(firstId, me.get("id").asString());
        assertEquals("Sam New Name", me.get("name").asString());
    }

    @Test
    void theDemoAdminFromTheReadmeGetsATokenOverHttpAndIsAnAdmin() {
        String token = Tokens.fromTokenEndpoint("demo-admin");

        Http.Response response = new CampusApi(token).me().response();

        assertEquals(200, response.status(), response.body());
        JsonNode me = response.json().at("/data/me");
        assertEquals("Avery Admin", me.get("name").asString());
        assertEquals("[\"staff\",\"admin\"]", me.get("roles").toString());
    }

    @Test
    void aStaffUserWithoutPoolsSeesAnEmptyPoolList() {
        Http.Response response = new CampusApi(Tokens.tokenFor(Tokens.newStaff("Pat Nopools"))).pools().response();

        assertEquals(200, response.status(), response.body());
        assertTrue(response.json().at("/data/pools").isArray(), response.body());
        assertEquals(0, response.json().at("/data/pools").size(), response.body());
    }

    @Test
    void noTokenIsRefusedWith401() {
        assertEquals(401, new CampusApi(null).me().response().status());
    }

    @Test
    void aTokenWithAForgedSignatureIsRefusedWith401() {
        String[] parts = Tokens.tokenFor(Tokens.newStaff("Eve Forger")).split("\\.");
        String otherPayload = Base64.getUrlEncoder().withoutPadding().encodeToString(
                new String(Base64.getUrlDecoder().decode(parts[1])).replace("\"staff\"", "\"admin\"").getBytes());
        String forged = parts[0] + "." + otherPayload + "." + parts[2];

        assertEquals(401, new CampusApi(forged).me().response().status());
    }

    @Test
    void aTokenForAnotherAudienceIsRefusedWith401() {
        String token = TestEnvironment.signIn().issueTokenForAudience(Tokens.newStaff("Olive Otherapp"), "other-app");

        assertEquals(401, new CampusApi(token).me().response().status());
    }

    @Test
    void aSignedInUserWithoutTheStaffRoleIsRefusedWith403() {
        StaffLogin student = new StaffLogin("student-" + System.nanoTime(), "Stu Dent", "stu@example.edu",
                List.of("student"));

        assertEquals(403, new CampusApi(Tokens.tokenFor(student)).me().response().status());
    }
}
