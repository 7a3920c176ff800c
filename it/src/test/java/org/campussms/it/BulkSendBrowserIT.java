package org.campussms.it;

import static org.campussms.it.support.TestEnvironment.baseUrl;
import static org.campussms.it.support.TestEnvironment.twilio;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.campussms.devstack.LocalSignIn;
import org.campussms.it.support.Browser;
import org.campussms.it.support.Db;
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
import org.openqa.selenium.WebElement;

/** A bulk send in a real Chromium, from the plan to finished, and what reached the carrier. */
@ExtendWith(ArquillianExtension.class)
class BulkSendBrowserIT {

    private static final String BODY = "Registration for spring opens Monday.";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.campusSms();
    }

    @Test
    void aBulkSendToPeopleByNameFromPlanToFinished() {
        StaffSession admin = StaffSession.institutionAdmin("Ada Admin");
        StaffSession dana = StaffSession.demo(LocalSignIn.DEMO_USERS.get(0));
        String poolName = "Registrar " + TestNumbers.next().substring(8);
        String poolId = admin.api().createPool(poolName).data().get("id").asString();
        String poolNumber = TestNumbers.next();
        admin.api().addPoolNumber(poolId, poolNumber, "LONG_CODE", null).data();
        admin.api().setPoolMember(poolId, dana.id(), "ROLE").data();
        List<String> mobiles = List.of(TestNumbers.next(), TestNumbers.next(), TestNumbers.next(), TestNumbers.next());
        List<String> people = Fixtures.students(admin, mobiles);
        String batch = admin.api().contact(people.get(0)).data().get("lastName").asString();
        String stopped = mobiles.get(3);
        assertEquals(200, twilio().reply(stopped, poolNumber, "STOP"));

        try (Browser browser = Browser.open(1280, 1000)) {
            browser.go(baseUrl() + "/app/bulk");
            browser.awaitVisible("the login page", Browser.button("Sign in as Dana Advisor (staff)")).click();
            browser.awaitVisible("the audience", By.xpath("//label[normalize-space(.)='People whose name matches']"))
                    .click();
            browser.awaitVisible("the name field", By.xpath("//label[normalize-space(.)='Name contains']"
                    + "/following::input[1]")).sendKeys(batch);
            browser.choose("From pool", poolName);
            browser.awaitVisible("the message", By.xpath("//label[normalize-space(.)='Message']"
                    + "/following::textarea[1]")).sendKeys(BODY);
            browser.awaitVisible("the plan button", Browser.button("Review the plan")).click();

            browser.awaitVisible("texts for those who may get them", Browser.text("3 people get a text."));
            browser.awaitVisible("an email for the one who opted out",
                    Browser.text("1 person gets an email instead of a text."));
            assertEquals("Step 3 of 4: The plan", browser.focused().getText(), "the focus lands on the plan");
            assertEquals(List.of(), browser.seriousAccessibilityViolations());
            browser.screenshot("bulk-plan");

            browser.awaitVisible("the start button", Browser.button("Start sending")).click();
            WebElement finished = browser.awaitVisible("the send finishes, live",
                    By.xpath("//*[@role='status'][contains(., 'Finished: 3 delivered, 0 failed, 1 by email')]"));
            assertEquals(List.of(), browser.seriousAccessibilityViolations(), finished.getText());
            browser.screenshot("bulk-finished");
        }
        for (String mobile : mobiles.subList(0, 3)) {
            assertEquals(1, twilio().acceptedTo(mobile).stream().filter(m -> m.body().startsWith(BODY)).count(),
                    "one text to " + mobile);
        }
        assertEquals(0, twilio().acceptedTo(stopped).stream().filter(m -> m.body().startsWith(BODY)).count(),
                "no text after STOP");
        assertEquals(1, Db.rows("select id from email_message where person_id = ? and status = 'SENT' and body "
                + "like ?", Long.parseLong(people.get(3)), BODY + "%").size(), "one email to the one who opted out");
    }
}
