package org.campussms.it;

import static org.campussms.it.support.TestEnvironment.baseUrl;
import static org.campussms.it.support.TestEnvironment.twilio;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.campussms.devstack.LocalSignIn;
import org.campussms.it.support.Browser;
import org.campussms.it.support.Deployments;
import org.campussms.it.support.Fixtures;
import org.campussms.it.support.StaffSession;
import org.campussms.it.support.TestNumbers;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/** The inbox in a real Chromium: the conversations a staff member may see, with names, and replies arriving live. */
@ExtendWith(ArquillianExtension.class)
class InboxBrowserIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.campusSms();
    }

    @Test
    void aReplyShowsInNeedsReplyWithTheStudentsNameAndTheNextArrivesLive() {
        StaffSession admin = StaffSession.institutionAdmin("Ada Admin");
        StaffSession dana = StaffSession.demo(LocalSignIn.DEMO_USERS.get(0));
        String poolId = admin.api().createPool("Tutoring " + TestNumbers.next().substring(8)).data().get("id")
                .asString();
        String poolNumber = TestNumbers.next();
        admin.api().addPoolNumber(poolId, poolNumber, "LONG_CODE", null).data();
        admin.api().setPoolMember(poolId, dana.id(), "ROLE").data();
        String mobile = TestNumbers.next();
        String person = Fixtures.students(admin, List.of(mobile)).get(0);
        String name = admin.api().contact(person).data().get("firstName").asString() + " "
                + admin.api().contact(person).data().get("lastName").asString();
        dana.api().sendMessage(poolId, person, "Your tutoring session is at 4.").data();
        assertEquals(200, twilio().reply(mobile, poolNumber, "Can we make it 5?"));

        try (Browser browser = Browser.open(1280, 800)) {
            browser.go(baseUrl() + "/app/");
            browser.awaitVisible("the login page", Browser.button("Sign in as Dana Advisor (staff)")).click();
            WebElement row = browser.awaitVisible("the conversation in Needs reply", rowOf(name));
            assertTrue(row.getText().contains("Can we make it 5?"), row.getText());
            assertTrue(row.getText().contains("1 unread"), row.getText());
            assertTrue(row.getText().contains("Student"), "the kind beside the name: " + row.getText());
            browser.await("the tab title counts unread conversations", d -> d.getTitle().matches("\\(\\d+\\) Campus SMS"));
            assertEquals(List.of(), browser.seriousAccessibilityViolations());
            browser.screenshot("inbox");

            assertEquals(200, twilio().reply(mobile, poolNumber, "Or 6 works too"));
            browser.await("the second reply without a reload",
                    d -> d.findElement(rowOf(name)).getText().contains("Or 6 works too")
                            && d.findElement(rowOf(name)).getText().contains("2 unread"));

            WebElement needsReply = browser.awaitVisible("the views", By.xpath("//*[@role='tab'][starts-with("
                    + "normalize-space(.), 'Needs reply')]"));
            needsReply.click();
            browser.focused().sendKeys(Keys.ARROW_DOWN);
            assertTrue(browser.focused().getText().startsWith("Unread"), "arrow keys move between views: "
                    + browser.focused().getText());
            browser.focused().sendKeys(Keys.ENTER);
            browser.awaitVisible("the conversation in Unread too", rowOf(name));
        }
    }

    /** The inbox row of this person, found by the name it shows. */
    private static By rowOf(String name) {
        return By.xpath("//*[@role='row'][.//*[normalize-space(text())='" + name + "']]");
    }
}
